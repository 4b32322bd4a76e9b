package org.newsmark.ui;

import java.awt.GraphicsEnvironment;

/** Decides whether GUI tests are skipped here: no display and no demand for one. */
public final class GuiTestCondition {
    private GuiTestCondition() {}

    public static boolean skip() {
        boolean required =
                Boolean.getBoolean("newsmark.requireDisplay") || "true".equalsIgnoreCase(System.getenv("CI"));
        return !required && GraphicsEnvironment.isHeadless();
    }
}
