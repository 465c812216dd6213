package org.sonobill.engine.study;

/**
 * Echocardiography details.
 *
 * @param extent for a transthoracic echo: complete or limited as intended by the order or protocol
 * @param ecgMonitoring for a stress echo: continuous ECG monitoring with physician supervision (93351 rather than 93350)
 * @param strain myocardial strain imaging (speckle tracking) was performed and reported (+93356)
 */
public record Echo(EchoExtent extent, boolean ecgMonitoring, boolean strain) {

    /** Transthoracic echo details with only the extent. */
    public Echo(EchoExtent extent) {
        this(extent, false, false);
    }
}
