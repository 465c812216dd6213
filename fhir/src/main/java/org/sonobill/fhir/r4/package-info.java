/**
 * FHIR R4: DiagnosticReports read into SonoBill records ({@link org.sonobill.fhir.r4.DiagnosticReportReader}), coded
 * studies written as Claims ({@link org.sonobill.fhir.r4.ClaimWriter}) and remittance outcomes as
 * ExplanationOfBenefits ({@link org.sonobill.fhir.r4.EobWriter}). See docs/integration.md.
 */
package org.sonobill.fhir.r4;
