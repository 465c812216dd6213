package org.sonobill.fhir.r4;

/**
 * The NUBC revenue code an institutional claim line needs (UB-04 form locator 42): 0483 echocardiology for
 * echocardiography (CPT 93303-93356), 0921 peripheral vascular lab for vascular duplex studies (93880-93998), and
 * 0402 ultrasound for every other ultrasound code.
 */
final class RevenueCodes {
    static final String SYSTEM = "https://www.nubc.org/CodeSystem/RevenueCodes";

    private RevenueCodes() {
    }

    static String forProcedure(String code) {
        if (code.matches("\\d{5}")) {
            int n = Integer.parseInt(code);
            if (n >= 93303 && n <= 93356) {
                return "0483";
            }
            if (n >= 93880 && n <= 93998) {
                return "0921";
            }
        }
        return "0402";
    }
}
