package org.sonobill.server.appeal.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Renders an appeal as a business letter in PDF: letterhead, date, payer address, a reference block, the (edited)
 * body, the denied lines with their CARC and RARC, the evidence on file, the attachments checklist and the signature
 * block, with "Page n of m" and the claim number in the footer. The layout is the jte template
 * {@code src/main/jte-appeal/letter.jte}, compiled at build time; openhtmltopdf turns its XHTML into PDF with the
 * bundled DejaVu fonts embedded, and nothing is fetched from outside.
 */
public final class AppealLetterPdf {

    private static final String FONTS = "appeal/fonts/";
    /** Characters XML 1.0 does not allow even escaped; a pasted control character would break the parse. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(null, ContentType.Html, AppealLetterPdf.class.getClassLoader(),
                    AppealLetterPdf.class.getPackageName());

    /**
     * The letter for these facts with this body (from {@link LetterTemplates#draft}, as edited), as PDF bytes.
     * Every value is escaped by the template, so any text is safe to pass.
     */
    public byte[] render(AppealFacts facts, String body) {
        return toPdf(html(facts, body));
    }

    /** The XHTML the PDF is made from. */
    String html(AppealFacts facts, String body) {
        StringOutput output = new StringOutput();
        TEMPLATES.render("letter.jte", LetterPage.of(facts, body), output);
        return NOT_XML.matcher(output.toString()).replaceAll("");
    }

    private static byte[] toPdf(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSerif.ttf"), "DejaVu Serif", 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSerif-Bold.ttf"), "DejaVu Serif", 700, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering the appeal letter", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = AppealLetterPdf.class.getClassLoader().getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("the bundled font " + FONTS + file + " is missing from the jar");
        }
        return in;
    }
}
