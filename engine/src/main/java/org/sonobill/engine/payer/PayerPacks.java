package org.sonobill.engine.payer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The payer rule packs known to this installation. */
public final class PayerPacks {
    private static final String[] BUNDLED = {"medicare", "commercial"};
    private final Map<String, PayerPack> packs;

    private PayerPacks(Map<String, PayerPack> packs) {
        this.packs = Map.copyOf(packs);
    }

    /** The packs shipped in the jar. */
    public static PayerPacks bundled() {
        ObjectMapper m = new ObjectMapper();
        Map<String, PayerPack> out = new LinkedHashMap<>();
        for (String id : BUNDLED) {
            String path = "/payers/" + id + ".json";
            try (InputStream in = PayerPacks.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is missing from the build");
                }
                PayerPack p = parse(m.readTree(in), path);
                out.put(p.id(), p);
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        }
        return new PayerPacks(out);
    }

    static PayerPack parse(JsonNode n, String where) {
        String bilateral = n.path("bilateral").asText("modifier-50");
        PayerPack.BilateralStyle style = switch (bilateral) {
            case "modifier-50" -> PayerPack.BilateralStyle.MODIFIER_50;
            case "rt-lt-lines" -> PayerPack.BilateralStyle.RT_LT_LINES;
            default -> throw new IllegalArgumentException(where + ": bilateral must be modifier-50 or rt-lt-lines, found " + bilateral);
        };
        Set<String> screening = new HashSet<>();
        n.path("screeningBenefitCodes").forEach(c -> screening.add(c.asText()));
        return new PayerPack(n.path("id").asText(), n.path("name").asText(), style,
                n.path("distinctModifier").asText("XS"), n.path("flagScreening").asBoolean(false), Set.copyOf(screening),
                n.path("source").asText(""));
    }

    /** The pack, or null. */
    public PayerPack get(String id) {
        return packs.get(id);
    }

    /** All pack ids. */
    public Set<String> ids() {
        return packs.keySet();
    }
}
