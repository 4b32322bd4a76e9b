package org.newsmark.reliability;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * A seeded mutator of valid inputs: random bytes, truncation, bit flips, deleted and duplicated
 * ranges, inserted quotes, separators, line breaks and NULs, huge fields, very long lines, deep
 * nesting and the wrong encoding. The same seed gives the same inputs.
 */
final class Mutator {
    /** Mutants never grow past this; larger inputs are tested against the readers' limits separately. */
    static final int MAX_BYTES = 3 * 1024 * 1024;

    enum Kind {
        RANDOM_BYTES,
        TRUNCATED,
        BIT_FLIPS,
        DELETED_RANGE,
        DUPLICATED_RANGE,
        INSERTED_SPECIALS,
        HUGE_FIELD,
        LONG_LINE,
        DEEP_NESTING,
        WRONG_ENCODING,
        TWO_MUTATIONS
    }

    private static final byte[][] SPECIALS = {
        {'"'},
        {','},
        {'\n'},
        {'\r'},
        {'\r', '\n'},
        {0},
        {'\t'},
        {';'},
        {'='},
        {'\\'},
        {'<'},
        {'>'},
        {'&'},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {(byte) 0xC3},
        {(byte) 0xFF},
        {'%'},
        {'#'},
        {' '},
        {'-'},
        {'1'},
    };

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    Kind kind(int i) {
        return Kind.values()[i % Kind.values().length];
    }

    byte[] mutate(byte[] valid, Kind kind) {
        byte[] out = switch (kind) {
            case RANDOM_BYTES -> randomBytes(random.nextInt(4096));
            case TRUNCATED -> Arrays.copyOf(valid, valid.length == 0 ? 0 : random.nextInt(valid.length));
            case BIT_FLIPS -> bitFlips(valid);
            case DELETED_RANGE -> deleteRange(valid);
            case DUPLICATED_RANGE -> duplicateRange(valid);
            case INSERTED_SPECIALS -> insertSpecials(valid);
            case HUGE_FIELD ->
                insert(
                        valid,
                        random.nextInt(valid.length + 1),
                        repeat("x\u00e9\u0416\uD83D\uDE00 ", 30_000 + random.nextInt(50_000)));
            case LONG_LINE -> longLine(valid);
            case DEEP_NESTING ->
                insert(
                        valid,
                        random.nextInt(valid.length + 1),
                        repeat(
                                new String[] {"\"", "<div>", "<b><i>", "((", "{\"a\":[", "\\"}[random.nextInt(6)],
                                20_000));
            case WRONG_ENCODING -> wrongEncoding(valid);
            case TWO_MUTATIONS ->
                mutate(
                        mutate(valid, kind(random.nextInt(Kind.values().length - 1))),
                        kind(random.nextInt(Kind.values().length - 1)));
        };
        return out.length > MAX_BYTES ? Arrays.copyOf(out, MAX_BYTES) : out;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private byte[] bitFlips(byte[] valid) {
        byte[] b = valid.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n && b.length > 0; i++) {
            b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return b;
    }

    private byte[] deleteRange(byte[] valid) {
        if (valid.length == 0) {
            return valid;
        }
        int from = random.nextInt(valid.length);
        int to = Math.min(valid.length, from + 1 + random.nextInt(Math.max(1, valid.length / 4)));
        byte[] b = new byte[valid.length - (to - from)];
        System.arraycopy(valid, 0, b, 0, from);
        System.arraycopy(valid, to, b, from, valid.length - to);
        return b;
    }

    private byte[] duplicateRange(byte[] valid) {
        if (valid.length == 0) {
            return valid;
        }
        int from = random.nextInt(valid.length);
        int to = Math.min(valid.length, from + 1 + random.nextInt(Math.max(1, valid.length / 4)));
        return insert(valid, random.nextInt(valid.length + 1), Arrays.copyOfRange(valid, from, to));
    }

    private byte[] insertSpecials(byte[] valid) {
        byte[] b = valid;
        for (int i = 0, n = 1 + random.nextInt(10); i < n; i++) {
            b = insert(b, random.nextInt(b.length + 1), SPECIALS[random.nextInt(SPECIALS.length)]);
        }
        return b;
    }

    private byte[] longLine(byte[] valid) {
        // Every line break of the input gone, plus a long run: one line of several hundred kB.
        String s = new String(valid, StandardCharsets.ISO_8859_1)
                .replace("\n", " ")
                .replace("\r", " ");
        return insert(s.getBytes(StandardCharsets.ISO_8859_1), 0, repeat("word, ", 20_000 + random.nextInt(30_000)));
    }

    private byte[] wrongEncoding(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        Charset[] charsets = {
            StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16,
            StandardCharsets.ISO_8859_1,
            Charset.forName("windows-1252"),
            Charset.forName("windows-1251"),
            Charset.forName("Shift_JIS")
        };
        return text.getBytes(charsets[random.nextInt(charsets.length)]);
    }

    private static byte[] repeat(String s, int times) {
        return s.repeat(times).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }
}
