package org.sonobill.engine.catalogue;

/**
 * A code SonoBill bills, with our own short description (CPT descriptors are AMA text and are not shipped).
 *
 * @param code the CPT code
 * @param kind diagnostic, guidance or add-on
 * @param region the anatomic region for NCCI "same region" tests ("any" when it depends on the procedure)
 * @param description our paraphrase
 */
public record UltrasoundCode(String code, CodeKind kind, String region, String description) {
}
