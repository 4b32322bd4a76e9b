package org.newsmark.training;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;

/**
 * Short teaching hints for a trainee's errors, from simple checks of the text that the trainee
 * and the reference disagree on: a leading determiner, a trailing possessive, a title word, a
 * quotation mark left out. The hints repeat the guidelines' rules; they never decide anything.
 */
final class ErrorHints {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");
    private static final Set<String> TITLES = Set.of(
            "president",
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "doctor",
            "professor",
            "prof",
            "sir",
            "dame",
            "lord",
            "lady",
            "king",
            "queen",
            "prince",
            "princess",
            "pope",
            "minister",
            "prime",
            "secretary",
            "senator",
            "sen",
            "governor",
            "mayor",
            "general",
            "gen",
            "colonel",
            "captain",
            "judge",
            "justice",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "chairman",
            "chief",
            "ceo",
            "director",
            "leader",
            "envoy",
            "ambassador",
            "chancellor",
            "sheikh",
            "rev",
            "reverend",
            "father",
            "sc",
            "qc",
            "kc",
            "jr",
            "sr",
            "officer",
            "commander",
            "deputy",
            "foreign",
            "head");
    private static final Set<String> AUXILIARIES = Set.of(
            "did", "do", "does", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
            "didn't", "won't", "has", "have", "had", "was", "were", "is", "are", "be", "been", "being");
    private static final Set<String> LIGHT_VERBS = Set.of(
            "make",
            "made",
            "makes",
            "carry",
            "carried",
            "hold",
            "held",
            "holds",
            "take",
            "took",
            "begin",
            "began",
            "continue",
            "continued",
            "end",
            "ended",
            "resume",
            "resumed",
            "do",
            "did",
            "done");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final String QUOTE_MARKS = "\"“”„«»‘’'";

    private ErrorHints() {}

    static String missed(Schema schema, Annotation r) {
        return "the reference marks this as " + r.label() + ": " + description(schema, r);
    }

    static String spurious(Annotation t) {
        if (t.layer().equals("QUOTE") && t.label().equals("DIRECT") && !hasQuoteMark(t.text())) {
            return "a DIRECT quote is inside quotation marks; without them there is no verbatim quote here";
        }
        if (t.layer().equals("EVENT") && LIGHT_VERBS.contains(t.text().toLowerCase(Locale.ROOT))) {
            return "light and aspectual verbs (make, hold, carry out, begin, resume) are not triggers";
        }
        if (t.layer().equals("ENTITY")
                && !t.text().isEmpty()
                && Character.isLowerCase(t.text().codePointAt(0))) {
            return "a common noun is marked only as the mention of a speaker or a participant;"
                    + " the reference marks nothing here";
        }
        return "the reference marks nothing here: check what the " + t.label() + " section excludes";
    }

    static String wrongLabel(Schema schema, Annotation t, Annotation r) {
        if (t.layer().equals("QUOTE")) {
            boolean marks = hasQuoteMark(r.text());
            if (t.label().equals("DIRECT") && !marks) {
                return "a DIRECT quote is inside quotation marks; this is " + r.label() + ": " + description(schema, r);
            }
            if (r.label().equals("MIXED")) {
                return "reported speech in the reporter's words with a verbatim fragment in quotation marks is MIXED";
            }
            if (r.label().equals("DIRECT")) {
                return "the whole reported content is in quotation marks: DIRECT";
            }
        }
        return "this is " + r.label() + " (" + description(schema, r) + "), not " + t.label();
    }

    static String boundary(Article article, Annotation t, Annotation r) {
        String extraBefore = t.start() < r.start() ? article.slice(t.start(), r.start()) : "";
        String extraAfter = t.end() > r.end() ? article.slice(r.end(), t.end()) : "";
        String missingBefore = r.start() < t.start() ? article.slice(r.start(), t.start()) : "";
        String missingAfter = r.end() > t.end() ? article.slice(t.end(), r.end()) : "";
        return switch (t.layer()) {
            case "ENTITY" ->
                "nominal".equals(r.attributes().get("mention"))
                        ? "a nominal mention spans the noun phrase from its first word (determiner included) to its head noun"
                        : entityBoundary(extraBefore, extraAfter, missingBefore, missingAfter);
            case "QUOTE" -> quoteBoundary(t, r, extraBefore, extraAfter);
            case "EVENT" -> eventBoundary(extraBefore, extraAfter, missingBefore, missingAfter);
            default -> "the reference spans \"" + r.text() + "\"";
        };
    }

    private static String entityBoundary(
            String extraBefore, String extraAfter, String missingBefore, String missingAfter) {
        String first = firstWord(extraBefore);
        if (DETERMINERS.contains(first)) {
            return "determiners such as \"" + first + "\" are not part of the name";
        }
        String title = titleWord(extraBefore + " " + extraAfter);
        if (title != null) {
            return "titles such as \"" + title + "\" are not part of the name";
        }
        String after = extraAfter.strip();
        if (after.equals("'s") || after.equals("’s") || after.equals("'") || after.equals("’")) {
            return "the possessive 's is left out";
        }
        if (after.startsWith(",")) {
            return "commas, ages and appositions are left out";
        }
        if (after.startsWith("(")
                || after.startsWith("[")
                || extraBefore.strip().endsWith("(")) {
            return "a short form in brackets is a second mention of its own; the brackets are left out";
        }
        if (!extraBefore.isEmpty() && extraBefore.isBlank()
                || !extraAfter.isEmpty() && !hasLetter(extraAfter)
                || !extraBefore.isEmpty() && !hasLetter(extraBefore)) {
            return "no white space or punctuation at either end: the span starts at the first letter of the name";
        }
        if (missingAfter.equals(".")) {
            return "the periods of an abbreviation belong to the name";
        }
        if (missingAfter.equals("'s") || missingAfter.equals("’s")) {
            return "an 's that belongs to the name stays (Korean People's Army)";
        }
        if (hasLetter(missingBefore) || hasLetter(missingAfter)) {
            return "multi-word names are one span, however long";
        }
        return "the span is the name only";
    }

    private static String quoteBoundary(Annotation t, Annotation r, String extraBefore, String extraAfter) {
        if (startsWithMark(r.text()) && !startsWithMark(t.text())
                || endsWithMark(r.text()) && !endsWithMark(t.text())) {
            return "the span starts on the opening quotation mark and ends on the closing one: select the marks too";
        }
        if (hasLetter(extraBefore) || hasLetter(extraAfter)) {
            return "the quote holds the reported words only: the reporting clause (\"he said\"), the speaker and"
                    + " what follows the reported words are left out";
        }
        return "a quote runs from its first word (or opening mark) to its last (or closing mark)";
    }

    private static String eventBoundary(
            String extraBefore, String extraAfter, String missingBefore, String missingAfter) {
        String first = firstWord(extraBefore);
        if (AUXILIARIES.contains(first)) {
            return "leave out auxiliaries, modals and negation (\"" + first + "\"): they go into modality";
        }
        if (LIGHT_VERBS.contains(first)) {
            return "light verbs such as \"" + first + "\" are not part of the trigger; mark the noun";
        }
        if (DETERMINERS.contains(first)) {
            return "leave out determiners and modifiers: the trigger is the word that names the event";
        }
        if (hasLetter(missingBefore) || hasLetter(missingAfter)) {
            return "some triggers are phrases (\"call for\", \"put behind iron bars\"): mark the whole phrase";
        }
        return "the trigger is the smallest word or phrase that names the event, not the clause";
    }

    static String speaker(ErrorKind kind, Annotation mine, Annotation theirs) {
        if (theirs == null) {
            return "the reference links no speaker: link one only when the text says who spoke";
        }
        if (kind == ErrorKind.MISSING_SPEAKER) {
            return "link the speaker (S, then click the mention of who said it): \"" + theirs.text() + "\"";
        }
        return "the speaker is the mention of who said it, usually in the reporting clause: \"" + theirs.text() + "\"";
    }

    static String argument(ErrorKind kind, LinkRole role, Annotation mine, Annotation theirs) {
        String what = role.description().isEmpty() ? role.name() : role.name() + " (" + lower(role.description()) + ")";
        if (kind == ErrorKind.MISSING_ARGUMENT) {
            return "the " + what + " is \"" + theirs.text() + "\": link it too";
        }
        if (theirs == null) {
            return "the reference does not link \"" + mine.text() + "\" as " + role.name();
        }
        return "the " + what + " is \"" + theirs.text() + "\", not \"" + mine.text() + "\"";
    }

    private static String description(Schema schema, Annotation a) {
        return schema.label(a.layer(), a.label())
                .map(l -> lower(l.description()))
                .orElse(a.label());
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String firstWord(String s) {
        Matcher m = WORD.matcher(s);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : "";
    }

    private static String titleWord(String s) {
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group().replaceAll("[.'’]+$", "");
            if (TITLES.contains(w.toLowerCase(Locale.ROOT))) {
                return w;
            }
        }
        return null;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean hasQuoteMark(String s) {
        return s.chars().anyMatch(c -> QUOTE_MARKS.indexOf(c) >= 0 && c != '\'' && c != '’');
    }

    private static boolean startsWithMark(String s) {
        return !s.isEmpty() && QUOTE_MARKS.indexOf(s.charAt(0)) >= 0;
    }

    private static boolean endsWithMark(String s) {
        return !s.isEmpty() && QUOTE_MARKS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
