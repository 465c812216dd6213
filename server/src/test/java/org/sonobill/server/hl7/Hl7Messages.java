package org.sonobill.server.hl7;

import java.util.ArrayList;
import java.util.List;

/** HL7 v2.5.1 ORU^R01 results for the tests: the report's lines as OBX TX segments, segments ended by CR. */
final class Hl7Messages {
    static final String COMPLETE_ABDOMEN = org.sonobill.server.report.SampleReports.COMPLETE_ABDOMEN;

    private Hl7Messages() {
    }

    /** A final result of a complete abdomen, outpatient (PV1-2 O). */
    static String oru(String controlId, String accession, String mrn) {
        return oru(controlId, accession, mrn, COMPLETE_ABDOMEN);
    }

    static String oru(String controlId, String accession, String mrn, String text) {
        List<String> segments = new ArrayList<>();
        segments.add("MSH|^~\\&|RIS|VALLEY|SONOBILL|BILLING|20260302101500||ORU^R01^ORU_R01|" + controlId
                + "|P|2.5.1");
        segments.add("PID|1||" + mrn + "^^^VALLEY^MR||RIVERA^ANA||19710402|F");
        segments.add("PV1|1|O|RADUS^ROOM2^^VALLEY");
        segments.add("ORC|RE|PL-" + accession + "|" + accession + "||CM");
        segments.add("OBR|1|PL-" + accession + "|" + accession + "^RIS|76700^US ABDOMEN COMPLETE^C4|||20260302093000"
                + "|||||||||1245319599^SMITH^JOHN^^^DR^^^NPI||||||20260302100500||US|F||||||R10.11^Right upper "
                + "quadrant pain^I10|1234567893&JONES&AMY&&&&MD&&NPI");
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            segments.add("OBX|" + (i + 1) + "|TX|76700^US ABDOMEN COMPLETE^C4||" + lines[i] + "||||||F");
        }
        return String.join("\r", segments) + "\r";
    }

    /** The same result without its accession (OBR-2 and OBR-3 empty). */
    static String withoutAccession(String controlId, String mrn) {
        return oru(controlId, "X", mrn).replace("ORC|RE|PL-X|X||CM", "ORC|RE|||CM")
                .replace("OBR|1|PL-X|X^RIS|", "OBR|1|||");
    }
}
