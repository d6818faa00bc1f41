package org.limber.journal.rest.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** One journal server per test class, on its own SQLite file; each test signs up a fresh user. */
abstract class JournalRestTest {
    @TempDir
    static Path folder;
    static JournalServer server;
    long user;

    @BeforeAll
    static void start() throws Exception {
        server = new JournalServer(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void signUp() {
        user = server.newUser();
    }
}
