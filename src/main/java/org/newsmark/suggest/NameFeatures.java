package org.newsmark.suggest;

import java.nio.charset.StandardCharsets;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The features of the name finder for one token: the word and its shape (capitalisation, digits,
 * punctuation) in a window of two tokens each side, prefixes and suffixes, word pairs, the
 * position in the sentence (a capital at the start of a sentence says less), whether the word
 * before is a title ("President", "spokesman"), whether the token is part of a country, month or
 * weekday name (from the JDK's own locale data, no downloaded lists), and the label the same word
 * got earlier in the document.
 */
final class NameFeatures implements AdaptiveFeatureGenerator {
    private static final Set<String> MONTHS = new HashSet<>();
    private static final Set<String> WEEKDAYS = new HashSet<>();
    /** Multi-word names by their first word: countries, cities, nationality words (each with its kind). */
    private static final Map<String, List<String[]>> PLACES = new HashMap<>();

    static {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.ENGLISH);
        for (String m : symbols.getMonths()) {
            if (!m.isEmpty()) {
                MONTHS.add(m);
            }
        }
        for (String d : symbols.getWeekdays()) {
            if (!d.isEmpty()) {
                WEEKDAYS.add(d);
            }
        }
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            name = name.replaceAll("\\s*\\(.*\\)", "")
                    .replaceAll(" - .*", "")
                    .replace(" SAR China", "")
                    .trim();
            place(name, "country");
            for (String demonym : demonyms(name)) {
                place(demonym, "norp");
            }
        }
        for (String code : Locale.getISOLanguages()) {
            String language = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
            if (language.matches("[A-Z][a-z]+(ian|ese|ish|an|ic|i)")) {
                place(language, "norp"); // "Russian", "Japanese", "Turkish", "Korean", "Arabic"
            }
        }
        for (String abbreviation : List.of("US", "USA", "UK", "UAE", "EU", "DPRK", "ROK", "PRC", "DRC", "U.S", "U.K")) {
            place(abbreviation, "country"); // the short forms news uses, which the locale data lacks
        }
        for (String zone : TimeZone.getAvailableIDs()) {
            int slash = zone.lastIndexOf('/');
            if (slash > 0 && zone.indexOf('/') == slash && !zone.startsWith("Etc") && !zone.startsWith("SystemV")) {
                place(zone.substring(slash + 1).replace('_', ' '), "city"); // "Europe/Moscow", "America/New_York"
            }
        }
    }

    private static void place(String name, String kind) {
        String[] words = name.split("[\\s&]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        String[] entry = new String[words.length + 1];
        System.arraycopy(words, 0, entry, 0, words.length);
        entry[words.length] = kind;
        PLACES.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
    }

    /** Likely nationality words of a country ("Australia" → "Australian", "China" → "Chinese"); extra guesses are harmless. */
    private static List<String> demonyms(String country) {
        List<String> out = new ArrayList<>();
        if (country.contains(" ")) {
            return out;
        }
        out.add(country + "n");
        out.add(country + "ian");
        out.add(country + "ese");
        if (country.endsWith("a") || country.endsWith("e") || country.endsWith("y") || country.endsWith("o")) {
            String stem = country.substring(0, country.length() - 1);
            out.add(stem + "ian");
            out.add(stem + "ese");
            out.add(stem + "an");
            out.add(stem + "i");
        }
        if (country.endsWith("land")) {
            out.add(country.substring(0, country.length() - 4) + "ish");
        }
        return out;
    }

    private final Map<String, String> previousLabels = new HashMap<>();
    private String[] gazetteerFor;
    private String[] gazetteer;

    /** Creates the generator from the name finder's feature descriptor (class name only, no arguments). */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        public Factory() {
            super();
        }

        @Override
        public AdaptiveFeatureGenerator create() {
            return new NameFeatures();
        }
    }

    /** The descriptor that makes OpenNLP use these features, for training and for finding. */
    static byte[] descriptor() {
        String xml = "<featureGenerators name=\"newsmark\"><generator class=\"" + Factory.class.getName()
                + "\"/></featureGenerators>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (gazetteerFor != tokens) {
            gazetteer = gazetteer(tokens);
            gazetteerFor = tokens;
        }
        String w = tokens[index].toLowerCase(Locale.ROOT);
        features.add("w=" + w);
        features.add("c=" + shape(tokens[index]));
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = index + d;
            String pos = d < 0 ? "p" + -d : "n" + d;
            if (j < 0 || j >= tokens.length) {
                features.add(pos + "=edge");
                continue;
            }
            features.add(pos + "w=" + tokens[j].toLowerCase(Locale.ROOT));
            features.add(pos + "c=" + shape(tokens[j]));
        }
        features.add("pre=" + w.substring(0, Math.min(3, w.length())));
        features.add("suf=" + w.substring(Math.max(0, w.length() - 3)));
        features.add("pw,w=" + (index > 0 ? tokens[index - 1].toLowerCase(Locale.ROOT) : "^") + "," + w);
        features.add(
                "w,nw=" + w + "," + (index + 1 < tokens.length ? tokens[index + 1].toLowerCase(Locale.ROOT) : "$"));
        if (index == 0) {
            features.add("sb");
            features.add("sb,c=" + shape(tokens[index]));
        }
        if (index > 0 && Lexicon.TITLES.contains(tokens[index - 1].toLowerCase(Locale.ROOT))) {
            features.add("ptitle");
        }
        if (gazetteer[index] != null) {
            features.add("gaz=" + gazetteer[index]);
        }
        if (Lexicon.ORGANIZATION_WORDS.contains(w)) {
            features.add("orgword");
        }
        if (index + 1 < tokens.length
                && Lexicon.ORGANIZATION_WORDS.contains(tokens[index + 1].toLowerCase(Locale.ROOT))) {
            features.add("n1orgword");
        }
        String previous = previousLabels.get(tokens[index]);
        if (previous != null) {
            features.add("pd=" + previous);
        }
    }

    private static String[] gazetteer(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            if (MONTHS.contains(tokens[i])) {
                out[i] = "month";
            } else if (WEEKDAYS.contains(tokens[i])) {
                out[i] = "weekday";
            }
            List<String[]> names = PLACES.get(tokens[i]);
            if (names == null) {
                continue;
            }
            for (String[] name : names) {
                int words = name.length - 1;
                boolean all = i + words <= tokens.length;
                for (int k = 1; all && k < words; k++) {
                    all = tokens[i + k].equals(name[k]);
                }
                if (all) {
                    for (int k = 0; k < words; k++) {
                        out[i + k] = name[words];
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The shape of a token: "Xx" capitalised, "X" all capitals, "x" lower case, "d" digits, "p" punctuation, "m" mixed. */
    static String shape(String token) {
        int first = token.codePointAt(0);
        boolean allUpper = true;
        boolean allLower = true;
        boolean allDigit = true;
        boolean anyLetter = false;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                anyLetter = true;
                allDigit = false;
                allUpper &= Character.isUpperCase(cp);
                allLower &= Character.isLowerCase(cp);
            } else if (!Character.isDigit(cp)) {
                allDigit = false;
            }
        }
        if (allDigit) {
            return "d";
        }
        if (!anyLetter) {
            return "p";
        }
        if (allLower) {
            return "x";
        }
        if (allUpper) {
            return token.length() == 1 ? "X1" : "X";
        }
        return Character.isUpperCase(first) ? (token.indexOf('.') >= 0 ? "X.x" : "Xx") : "m";
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        for (int i = 0; i < tokens.length; i++) {
            if (outcomes[i].endsWith("-start") || outcomes[i].endsWith("-cont")) {
                previousLabels.put(tokens[i], outcomes[i].substring(0, outcomes[i].lastIndexOf('-')));
            } else {
                previousLabels.put(tokens[i], "other");
            }
        }
    }

    @Override
    public void clearAdaptiveData() {
        previousLabels.clear();
    }
}
