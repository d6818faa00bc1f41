package org.limber.itests.browser;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the browser tests: one headless Chromium per test class, against the Limber started once per run. */
@ExtendWith(LimberExtension.class)
abstract class BrowserTest {
    protected static Browser browser;
    protected static LimberExtension.Limber limber;

    @BeforeAll
    static void startBrowser(LimberExtension.Limber running) throws IOException {
        limber = running;
        browser = new Browser(running);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
