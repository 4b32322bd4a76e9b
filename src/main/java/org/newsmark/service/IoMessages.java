package org.newsmark.service;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What a failed read or write tells a user: the path and the reason in words, for both fronts. */
public final class IoMessages {
    private IoMessages() {
    }

    /** "no such file or folder: PATH", "permission denied: PATH", "no space left on device: PATH"... */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String path = f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile());
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
            return (reason == null ? "cannot access" : lowerFirst(reason)) + ": " + path;
        }
        String message = e.getMessage();
        return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
