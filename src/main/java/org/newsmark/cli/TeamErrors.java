package org.newsmark.cli;

import java.io.PrintWriter;
import org.newsmark.service.team.TeamException;

/** How the team commands end on an error: the message on standard error, exit 2 for a usage error, else 1. */
final class TeamErrors {
    private TeamErrors() {
    }

    static int fail(PrintWriter err, String command, TeamException e) {
        int code = e.kind() == TeamException.Kind.BAD_REQUEST ? NewsmarkCommand.USAGE : NewsmarkCommand.PROBLEMS;
        return Commands.fail(err, "newsmark " + command + ": " + e.getMessage(), code);
    }
}
