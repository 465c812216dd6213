package org.sonobill.fhir.r4;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DiagnosticReport;

/**
 * The report's text: a text/plain presentedForm first, else a text/html one reduced to its text, else the
 * conclusion. Attachments known only by URL are not fetched.
 */
final class ReportText {
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile(
            "(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|table|ul|ol|pre)>|<(p|div|li|tr|h[1-6])(\\s[^>]*)?>");
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<(script|style)[^>]*>.*?</\\1>|<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");

    private ReportText() {
    }

    static String of(DiagnosticReport report) {
        String html = null;
        for (Attachment a : report.getPresentedForm()) {
            String type = mediaType(a);
            if (!a.hasData()) {
                continue;
            }
            if (type.equals("text/plain")) {
                String text = new String(a.getData(), charset(a)).strip();
                if (!text.isEmpty()) {
                    return text;
                }
            } else if (type.equals("text/html") && html == null) {
                html = htmlToText(new String(a.getData(), charset(a)));
            }
        }
        if (html != null && !html.isEmpty()) {
            return html;
        }
        if (report.hasConclusion() && !report.getConclusion().isBlank()) {
            return report.getConclusion().strip();
        }
        throw new FhirException("DiagnosticReport.presentedForm", "expected text/plain or a conclusion");
    }

    private static String mediaType(Attachment a) {
        String t = a.hasContentType() ? a.getContentType() : "";
        int semi = t.indexOf(';');
        return (semi >= 0 ? t.substring(0, semi) : t).trim().toLowerCase(Locale.ROOT);
    }

    private static Charset charset(Attachment a) {
        Matcher m = CHARSET.matcher(a.hasContentType() ? a.getContentType() : "");
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * Block elements and {@code <br>} become line breaks, other tags go, entities are decoded, and a block's opening
     * and closing breaks fold into one line break (no blank lines).
     */
    static String htmlToText(String html) {
        String s = html.replace("\r\n", "\n").replaceAll("[ \\t]*\\n[ \\t]*", " ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = entities(s);
        s = s.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{2,}", "\n");
        return s.strip();
    }

    private static String entities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return whole; // a code point out of range (NumberFormatException is an IllegalArgumentException)
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "deg" -> "\u00b0";
            case "times" -> "\u00d7";
            case "plusmn" -> "\u00b1";
            default -> whole;
        };
    }
}
