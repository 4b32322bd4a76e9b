package org.newsmark.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * Marks a test class that drives real windows. Without a display it is skipped on a developer's
 * machine, but in CI (environment CI=true, or -Dnewsmark.requireDisplay=true) it runs and fails,
 * so that a broken Xvfb set-up can never pass silently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("gui")
@DisabledIf(
        value = "org.newsmark.ui.GuiTestCondition#skip",
        disabledReason = "no display (set CI=true to make this a failure)")
public @interface GuiTest {}
