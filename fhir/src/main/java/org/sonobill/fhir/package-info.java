/**
 * Adapters between HL7 v2 / FHIR R4 messages and SonoBill records. HAPI stays inside this module: the engine,
 * report reader and CLI never see it.
 */
package org.sonobill.fhir;
