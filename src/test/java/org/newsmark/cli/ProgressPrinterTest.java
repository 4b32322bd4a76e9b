package org.newsmark.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Long exports say how far they are, once per tenth, on standard error; short ones say nothing. */
class ProgressPrinterTest {
    @Test
    void quietForTwoSecondsThenOneLinePerTenth() {
        StringWriter out = new StringWriter();
        long[] now = {0};
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(out), "export", () -> now[0]);
        p.progress(0.05);
        p.progress(0.31);
        assertThat(out.toString()).isEmpty();
        now[0] = ProgressPrinter.QUIET_NANOS;
        p.progress(0.32);
        p.progress(0.39);
        p.progress(0.41);
        p.progress(0.95);
        p.progress(1.0);
        assertThat(out.toString().lines())
                .containsExactly(
                        "newsmark export: 30%",
                        "newsmark export: 40%", "newsmark export: 90%", "newsmark export: 100%");
    }
}
