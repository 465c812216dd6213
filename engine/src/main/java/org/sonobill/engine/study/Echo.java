package org.sonobill.engine.study;

/** Transthoracic echo details. */
public record Echo(EchoExtent extent) {
}
