package org.newsmark.service;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.newsmark.io.UnsafePathException;
import org.newsmark.model.Shown;

/** What a failed read or write tells a user: the path and the reason in words, for both fronts. */
public final class IoMessages {
    private IoMessages() {}

    /** "no such file or folder: PATH", "permission denied: PATH", "no space left on device: PATH"... */
    public static String describe(IOException e) {
        if (e instanceof UnsafePathException) {
            return Shown.line(e.getMessage(), Shown.MESSAGE);
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String path = Shown.line(
                    f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()), Shown.MESSAGE);
            String reason = f.getReason();
            if (e instanceof NoSuchFileException) {
                return "no such file or folder: " + path;
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied: " + path;
            }
            if (e instanceof FileAlreadyExistsException) {
                return "already exists: " + path;
            }
            if (e instanceof NotDirectoryException) {
                return "not a folder: " + path;
            }
            if (e instanceof DirectoryNotEmptyException) {
                return "folder not empty: " + path;
            }
            if (reason != null && reason.contains("No space left on device")) {
                return "no space left on device: " + path;
            }
            return (reason == null ? "cannot access" : lowerFirst(reason)) + ": " + path;
        }
        String message = e.getMessage();
        return message == null || message.isEmpty()
                ? e.getClass().getSimpleName()
                : lowerFirst(Shown.line(message, Shown.MESSAGE));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
