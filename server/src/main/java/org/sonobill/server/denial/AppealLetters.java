package org.sonobill.server.denial;

import java.nio.file.Path;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.server.appeal.letter.AppealFacts;
import org.sonobill.server.appeal.letter.AppealLetterPdf;
import org.sonobill.server.appeal.letter.LetterTemplates;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.SonoBillUser;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Appeal letters for the queue: the draft from the template for the denial's root cause and payer (a user's own
 * templates in {@code <data dir>/templates} win over the shipped ones), and the PDF of a letter's text with the
 * facts around it. The signer is the user who drafts or files it.
 */
@Component
public class AppealLetters {
    private final AppealEvidence evidence;
    private final LetterTemplates templates;
    private final AppealLetterPdf pdf = new AppealLetterPdf();

    public AppealLetters(AppealEvidence evidence, Environment env) {
        this.evidence = evidence;
        String dir = env.getProperty("sonobill.data-dir");
        Path data = dir == null || dir.isBlank() ? ReferenceLibrary.defaultUserDir() : Path.of(dir);
        this.templates = new LetterTemplates(data.resolve("templates"));
    }

    /** The letter's text as drafted for the level. */
    String draft(SonoBillUser user, long denialId, int level) {
        return templates.draft(facts(user, denialId, level));
    }

    /** The letter as a PDF, with the text given. */
    byte[] pdf(SonoBillUser user, long denialId, int level, String body) {
        return pdf.render(facts(user, denialId, level), body);
    }

    private AppealFacts facts(SonoBillUser user, long denialId, int level) {
        return evidence.facts(user.organisationId(), denialId, level, user.displayName().replaceAll(" \\([^)]*\\)$", ""),
                title(user));
    }

    private static String title(SonoBillUser user) {
        if (user.has(Role.DENIAL_SPECIALIST)) {
            return "Denial Management Specialist";
        }
        if (user.has(Role.MANAGER)) {
            return "Revenue Cycle Manager";
        }
        return user.has(Role.BILLER) ? "Billing Specialist" : "Billing Office";
    }
}
