package org.sonobill.x12.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds claims and parties from the segments of one 837 transaction set, by segment id and qualifier (NM101, REF01,
 * DTP01, HI01-1) and by the level the HL segments open, the way 005010X222A1 and 005010X223A2 lay them out.
 */
final class ClaimAssembler {
    private enum Area { HEADER, BILLING, SUBSCRIBER, PATIENT, CLAIM, OTHER_PAYER, LINE, LINE_ADJUDICATION }

    private final ClaimKind kind;
    private final Function<String, String> payerPack;
    private final List<ClaimSubmission> claims = new ArrayList<>();
    private final List<String> conversionProblems = new ArrayList<>();
    private Area area = Area.HEADER;
    private int lines;
    private int clms;

    private Parties billing = new Parties();
    private Parties subscriber;
    private Parties patient;
    private ClaimDraft claim;

    ClaimAssembler(ClaimKind kind, Function<String, String> payerPack) {
        this.kind = kind;
        this.payerPack = payerPack;
    }

    List<ClaimSubmission> claims() {
        finishClaim();
        return claims;
    }

    /** Service lines (SV1 or SV2 segments) seen. */
    int lines() {
        return lines;
    }

    /** CLM segments seen, whether or not their claims could be built. */
    int claimSegments() {
        return clms;
    }

    /** Values that passed the schema but cannot become a SonoBill claim (e.g. fractional units). */
    List<String> conversionProblems() {
        return conversionProblems;
    }

    void segment(Seg s) {
        if (s.tag.equals("SV1") || s.tag.equals("SV2")) {
            lines++;
        }
        switch (s.tag) {
            case "HL" -> level(s);
            case "CLM" -> {
                finishClaim();
                clms++;
                area = Area.CLAIM;
                claim = new ClaimDraft(kind, payerPack, s, subscriber, patient, billing);
            }
            case "LX" -> {
                area = Area.LINE;
                if (claim != null) {
                    claim.lines.add(new LineDraft(SegValues.parseInt(s.get(1), 1)));
                }
            }
            case "SBR" -> {
                if (area == Area.CLAIM || area == Area.OTHER_PAYER) {
                    area = Area.OTHER_PAYER;
                    claim.priors.add(new PriorDraft(s));
                } else if (subscriber != null) {
                    subscriber.sbr = s;
                }
            }
            case "SVD" -> {
                area = Area.LINE_ADJUDICATION;
                if (claim != null && !claim.lines.isEmpty()) {
                    claim.currentLine().adjudications.add(new LineAdjDraft(s));
                }
            }
            default -> route(s);
        }
    }

    private void level(Seg s) {
        finishClaim();
        String code = s.get(3);
        if ("20".equals(code)) {
            area = Area.BILLING;
            billing = new Parties();
        } else if ("22".equals(code)) {
            area = Area.SUBSCRIBER;
            subscriber = new Parties();
            patient = null;
        } else if ("23".equals(code)) {
            area = Area.PATIENT;
            patient = new Parties();
        }
    }

    private void route(Seg s) {
        switch (area) {
            case BILLING -> billing.add(s);
            case SUBSCRIBER -> subscriber.add(s);
            case PATIENT -> patient.add(s);
            case CLAIM -> claim.add(s);
            case OTHER_PAYER -> claim.currentPrior().add(s);
            case LINE -> {
                if (claim != null && !claim.lines.isEmpty()) {
                    claim.currentLine().add(s);
                }
            }
            case LINE_ADJUDICATION -> claim.currentLine().currentAdjudication().add(s);
            default -> {
                // header segments (BHT, 1000A/B) carry nothing a claim needs
            }
        }
    }

    private void finishClaim() {
        if (claim == null) {
            return;
        }
        try {
            claims.add(claim.build());
        } catch (RuntimeException e) {
            conversionProblems.add("claim " + claim.id + ": " + e.getMessage());
        }
        claim = null;
    }
}
