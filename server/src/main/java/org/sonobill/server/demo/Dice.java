package org.sonobill.server.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/**
 * The demo's randomness: one {@link Random} with a fixed seed, so that the same day gives the same demo, with the
 * few draws the generators need.
 */
final class Dice {
    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** True with probability p. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from min to max, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A number from min (included) to max (excluded). */
    double between(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** An amount of money from min to max, in cents. */
    BigDecimal money(double min, double max) {
        return BigDecimal.valueOf(between(min, max)).setScale(2, RoundingMode.HALF_UP);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Shuffles a list in place (Fisher-Yates with this dice). */
    <T> void shuffle(List<T> items) {
        java.util.Collections.shuffle(items, random);
    }
}
