package org.sonobill.server.config;

import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.coverage.CoverageLibrary;
import org.sonobill.engine.denial.DenialClassifier;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.scrub.Scrubber;

/** The engine as the server uses it: one instance, shared by every request (all of it is immutable). */
public record EngineData(ReferenceLibrary reference, PayerPacks packs, CoverageLibrary coverage, Catalogue catalogue,
                         CodingEngine coding, Scrubber scrubber, DenialClassifier denials) {
}
