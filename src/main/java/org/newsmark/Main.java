package org.newsmark;

import java.util.OptionalInt;

import org.newsmark.cli.NewsmarkCommand;
import org.newsmark.ui.SwingLauncher;

/** The entry point: a command, or the annotator when no command is given. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        OptionalInt relaunched = ColdStart.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        SwingLauncher launcher = new SwingLauncher();
        int code = NewsmarkCommand.commandLine(launcher).execute(args);
        if (!launcher.opened() || code != 0) {
            System.exit(code);
        }
    }
}
