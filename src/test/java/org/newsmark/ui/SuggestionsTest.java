package org.newsmark.ui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.swing.text.BadLocationException;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;
import org.newsmark.model.Sources;
import org.newsmark.suggest.Suggestion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions in the annotator, driven with the keys on a copy of the bundled project whose Kyiv
 * article has no gold (so it is no training article and the suggestions learn from the other six).
 * The expected quotes and speakers are those of the bundled gold file of that article.
 */
@GuiTest
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SuggestionsTest {
    static final String DOC = "kyiv-strikes-pause-2026-01-30";
    static final String TRAINING_DOC = "wikinews-afghan-robotics-team";

    @SuppressWarnings("deprecation")
    static final int ALT = InputEvent.ALT_MASK; // the robot reads the old modifier masks

    @SuppressWarnings("deprecation")
    static final int SHIFT = InputEvent.SHIFT_MASK;

    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.bundledCopy(dir.resolve("p"));
        Files.delete(project.resolve("gold/" + DOC + ".csv"));
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private void open(String annotator, String doc) {
        app = AnnotatorFixture.start(project, annotator);
        GuiActionRunner.execute(() -> app.window.openArticle(doc));
        app.robot.waitForIdle();
    }

    private <T> T edt(Supplier<T> s) {
        return GuiActionRunner.execute(s::get);
    }

    private SuggestionsController suggestions() {
        return app.window.suggestions();
    }

    private List<Suggestion> visible() {
        return edt(() -> suggestions().visible());
    }

    private Optional<Suggestion> selected() {
        return edt(() -> suggestions().selected());
    }

    /** Waits for the first suggestions of the article (training runs in the background). */
    private void awaitSuggestions() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline
                && (edt(() -> suggestions().computed()) == 0 || visible().isEmpty())) {
            Thread.sleep(100);
        }
        assertThat(visible())
                .as("suggestions for " + DOC + "; status: " + app.statusMessage())
                .isNotEmpty();
    }

    /** Alt+→ until the selected suggestion is one the condition wants. */
    private Suggestion nextUntil(Predicate<Suggestion> wanted) {
        int n = visible().size();
        for (int i = 0; i <= n; i++) {
            app.keyWith(ALT, KeyEvent.VK_RIGHT);
            Optional<Suggestion> s = selected();
            if (s.isPresent() && wanted.test(s.get())) {
                return s.get();
            }
        }
        throw new AssertionError("no such suggestion among " + visible());
    }

    /** The window as it is on the screen, for a person to look at (the README's picture of suggestions). */
    private void shoot(String file) throws Exception {
        app.robot.waitForIdle();
        Rectangle r = edt(() -> app.window.getBounds());
        BufferedImage img = new Robot().createScreenCapture(r);
        ImageIO.write(img, "png", Path.of(file).toFile());
    }

    private static List<Annotation> gold() throws Exception {
        return AnnotationCsv.parse(
                        Files.readString(TestData.BUNDLED.resolve("gold/" + DOC + ".csv")), "gold", DOC, "gold")
                .annotations();
    }

    /** The texts of the gold mentions in the coreference chain of one gold entity. */
    private static Set<String> chainTexts(List<Annotation> gold, String id) {
        Map<String, Annotation> byId = gold.stream().collect(Collectors.toMap(Annotation::id, a -> a));
        Set<String> seen = new HashSet<>(List.of(id));
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String at = todo.pop();
            for (Annotation a : gold) {
                for (Link l : a.links()) {
                    if (l.role().equals("coref")
                            && (a.id().equals(at) || l.target().equals(at))) {
                        for (String other : List.of(a.id(), l.target())) {
                            if (seen.add(other)) {
                                todo.push(other);
                            }
                        }
                    }
                }
            }
        }
        return seen.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(Annotation::text)
                .collect(Collectors.toSet());
    }

    @Test
    void nextAndAcceptSavesTheDirectQuoteOfGoldWithItsSpeakerAndUndoRemovesIt() throws Exception {
        open("sam", DOC);
        awaitSuggestions();
        List<Annotation> gold = gold();
        Suggestion quote = nextUntil(s -> s.label().equals("DIRECT")
                && !s.links("speaker").isEmpty()
                && gold.stream()
                        .anyMatch(g -> g.layer().equals("QUOTE") && g.start() == s.start() && g.end() == s.end()));
        Annotation goldQuote = gold.stream()
                .filter(g -> g.layer().equals("QUOTE") && g.start() == quote.start() && g.end() == quote.end())
                .findFirst()
                .orElseThrow();
        Set<String> speakerTexts = chainTexts(gold, goldQuote.targets("speaker").get(0));

        shoot("target/suggestions.png");

        app.keyWith(ALT, KeyEvent.VK_ENTER);
        List<Annotation> saved =
                app.onDisk(rows -> rows.stream().anyMatch(a -> a.layer().equals("QUOTE")));
        Annotation accepted = saved.stream()
                .filter(a -> a.layer().equals("QUOTE"))
                .findFirst()
                .orElseThrow();
        assertThat(accepted.label()).isEqualTo("DIRECT");
        assertThat(accepted.start()).isEqualTo(goldQuote.start());
        assertThat(accepted.end()).isEqualTo(goldQuote.end());
        assertThat(Sources.suggested(accepted))
                .as("source=suggest on " + accepted)
                .isTrue();
        String speakerId = accepted.targets("speaker").get(0);
        Annotation speaker =
                saved.stream().filter(a -> a.id().equals(speakerId)).findFirst().orElseThrow();
        assertThat(speakerTexts).as("gold's speaker chain").contains(speaker.text());
        assertThat(Sources.suggested(speaker)).isTrue();
        assertThat(saved).hasSize(2);
        assertThat(edt(() -> app.window.selectedId())).isEqualTo(accepted.id());

        app.keyWith(AnnotatorFixture.ctrl(), KeyEvent.VK_Z); // one undo takes quote and speaker back
        assertThat(app.onDisk(List::isEmpty)).isEmpty();
        long deadline = System.currentTimeMillis() + 60_000; // suggested again once the edits pause
        while (System.currentTimeMillis() < deadline && visible().stream().noneMatch(s -> same(s, quote))) {
            Thread.sleep(100);
        }
        assertThat(visible()).anyMatch(s -> same(s, quote));
    }

    @Test
    void aLabelKeyAcceptsTheSelectedSuggestionUnderThatLabel() throws Exception {
        open("sam", DOC);
        awaitSuggestions();
        Suggestion quote =
                nextUntil(s -> s.layer().equals("QUOTE") && !s.label().equals("INDIRECT"));
        String tip = edt(() -> {
            TextView view = (TextView) app.text().target();
            try {
                Rectangle r = view.modelToView2D(view.article().charIndex(quote.start() + 2))
                        .getBounds();
                return view.getToolTipText(
                        new MouseEvent(view, MouseEvent.MOUSE_MOVED, 0, 0, r.x + 1, r.y + r.height / 2, 0, false));
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(tip).contains("<i>suggested</i> <b>QUOTE " + quote.label() + "</b> (quotes)");
        app.keys(KeyEvent.VK_2); // INDIRECT, the quote layer's label 2
        List<Annotation> saved =
                app.onDisk(rows -> rows.stream().anyMatch(a -> a.layer().equals("QUOTE")));
        Annotation accepted = saved.stream()
                .filter(a -> a.layer().equals("QUOTE"))
                .findFirst()
                .orElseThrow();
        assertThat(accepted.label()).isEqualTo("INDIRECT");
        assertThat(accepted.start()).isEqualTo(quote.start());
        assertThat(Sources.suggested(accepted)).isTrue();

        app.frame.menuItemWithPath("View", "Show suggestions").click(); // off, and remembered
        assertThat(visible()).isEmpty();
        assertThat(new Prefs(app.node).showSuggestions()).isFalse();
        app.keyWith(ALT, KeyEvent.VK_RIGHT);
        assertThat(selected()).isEmpty();
        assertThat(app.statusMessage()).isEqualTo("Suggestions are hidden (View → Show suggestions)");
        app.frame.menuItemWithPath("View", "Show suggestions").click();
        awaitSuggestions();
        assertThat(new Prefs(app.node).showSuggestions()).isTrue();
    }

    @Test
    void aRejectedSuggestionIsHiddenAndStaysHiddenAfterReopening() throws Exception {
        open("sam", DOC);
        awaitSuggestions();
        Suggestion rejected = nextUntil(s -> true);
        app.keyWith(ALT, KeyEvent.VK_DELETE);
        assertThat(visible()).noneMatch(s -> same(s, rejected));
        Path file = project.resolve(".newsmark/suggest-rejected/sam.csv");
        String row =
                DOC + "," + rejected.layer() + "," + rejected.label() + "," + rejected.start() + "," + rejected.end();
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline
                && !(Files.exists(file) && Files.readString(file).contains(row))) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(file)).isEqualTo("doc,layer,label,start,end\n" + row + "\n");
        assertThat(app.onDiskAfterPause()).isEmpty(); // rejecting writes no annotation

        app.closeWindow();
        app.close();
        open("sam", DOC);
        awaitSuggestions();
        assertThat(visible()).noneMatch(s -> same(s, rejected));
    }

    private static boolean same(Suggestion a, Suggestion b) {
        return a.layer().equals(b.layer())
                && a.label().equals(b.label())
                && a.start() == b.start()
                && a.end() == b.end();
    }

    @Test
    void acceptAllOfOneRecommenderIsOneUndoableEdit() throws Exception {
        open("sam", DOC);
        awaitSuggestions();
        Suggestion first = nextUntil(s -> s.recommender().equals("quotes"));
        List<Suggestion> quotes =
                visible().stream().filter(s -> s.recommender().equals("quotes")).toList();
        assertThat(quotes.size()).isGreaterThan(3);
        app.keyWith(ALT | SHIFT, KeyEvent.VK_ENTER);
        List<Annotation> saved = app.onDisk(rows -> rows.stream()
                        .filter(a -> a.layer().equals("QUOTE"))
                        .count()
                >= quotes.stream().filter(s -> s.layer().equals("QUOTE")).count());
        for (Suggestion s : quotes) {
            assertThat(saved)
                    .as("%s", s)
                    .anyMatch(a -> a.layer().equals(s.layer())
                            && a.start() == s.start()
                            && a.end() == s.end()
                            && Sources.suggested(a));
        }
        assertThat(saved).allMatch(Sources::suggested);
        assertThat(visible())
                .noneMatch(s -> s.recommender().equals("quotes") && s.layer().equals("QUOTE"));
        assertThat(first.recommender()).isEqualTo("quotes");

        app.keyWith(AnnotatorFixture.ctrl(), KeyEvent.VK_Z);
        assertThat(app.onDisk(List::isEmpty)).isEmpty();
    }

    @Test
    void trainingModeShowsNoSuggestionsAndTheKeysDoNothing() throws Exception {
        open("tess", DOC); // no gold for this one: suggestions come
        awaitSuggestions();
        assertThat(edt(() -> suggestions().training())).isFalse();

        GuiActionRunner.execute(() -> app.window.openArticle(TRAINING_DOC)); // gold exists: training
        app.robot.waitForIdle();
        assertThat(edt(() -> suggestions().training())).isTrue();
        Thread.sleep(SuggestionsController.DEBOUNCE_MS + 1500);
        assertThat(visible()).isEmpty();
        assertThat(edt(() -> suggestions().computed())).isZero();
        app.keyWith(ALT, KeyEvent.VK_RIGHT);
        assertThat(selected()).isEmpty();
        assertThat(app.statusMessage()).isEqualTo("Training mode: no suggestions");
        app.keyWith(ALT, KeyEvent.VK_ENTER);
        app.keyWith(ALT | SHIFT, KeyEvent.VK_ENTER);
        assertThat(app.onDiskAfterPause()).isEmpty();
    }
}
