package org.sonobill.engine.coding;

import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.coding.internal.Coder;
import org.sonobill.engine.payer.PayerPack;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.Vocabulary;

/**
 * The coding engine: study documentation in; lines, modifiers, units, diagnoses and findings out. Thread-safe; one
 * instance serves a whole run. Reference tables load on first use and are shared.
 */
public final class CodingEngine {
    private final Catalogue catalogue;
    private final PayerPacks payers;
    private final ReferenceLibrary reference;
    private final Coder coder;

    public CodingEngine(Catalogue catalogue, PayerPacks payers, ReferenceLibrary reference) {
        this.catalogue = catalogue;
        this.payers = payers;
        this.reference = reference;
        this.coder = new Coder(catalogue, reference);
    }

    /** An engine over the bundled catalogue, payer packs and reference data. */
    public static CodingEngine bundled() {
        return new CodingEngine(Catalogue.bundled(), PayerPacks.bundled(), ReferenceLibrary.bundled());
    }

    /**
     * An engine over the bundled data plus what the user imported into the data directory: reference data, and payer
     * packs installed under {@code payers/} (a broken installed pack is an
     * {@link org.sonobill.engine.payer.InvalidPackException} naming its file).
     */
    public static CodingEngine withUserData(java.nio.file.Path userDir) {
        return new CodingEngine(Catalogue.bundled(), PayerPacks.withUserPacks(userDir.resolve("payers")),
                ReferenceLibrary.withUserData(userDir));
    }

    /**
     * Codes one study. The study must have come through {@link org.sonobill.engine.study.StudyJsonReader} with this
     * engine's {@link #vocabulary()} (or be built with known exam and payer keys).
     */
    public CodedStudy code(StudyDocumentation study) {
        PayerPack payer = payers.get(study.payer());
        if (payer == null) {
            throw new IllegalArgumentException("unknown payer rule pack \"" + study.payer() + "\"; expected one of "
                    + payers.ids());
        }
        return coder.code(study, payer);
    }

    /** The closed lists input documents are checked against. */
    public Vocabulary vocabulary() {
        java.util.Map<String, java.util.Set<String>> elements = new java.util.HashMap<>();
        catalogue.families().forEach((k, f) -> {
            java.util.Set<String> keys = f.elementKeys();
            if (!keys.isEmpty()) {
                elements.put(k, keys);
            }
        });
        return new Vocabulary(catalogue.families().keySet(), catalogue.guidanceKinds().keySet(), payers.ids(),
                catalogue.regions(), elements, catalogue.resectable());
    }

    /** The catalogue in use. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** The reference data in use. */
    public ReferenceLibrary reference() {
        return reference;
    }
}
