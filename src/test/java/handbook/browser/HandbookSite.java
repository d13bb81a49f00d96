package handbook.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.List;

/**
 * The shared fixture of the browser tests: one {@link ServedSite} and one {@link Browser} for the whole run (kept in
 * JUnit's root store, closed when the run ends), injected as parameters. The browser starts only when a test asks
 * for it. Before each test the browser goes back to a desktop window with no remembered theme; after each test
 * any SEVERE console message of any page it visited fails the test.
 */
public final class HandbookSite implements ParameterResolver, BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(HandbookSite.class);

    /** Start-up is lazy and happens once; the root store closes both at the end of the run. */
    private static final class Shared implements ExtensionContext.Store.CloseableResource {
        private final ServedSite site = ServedSite.start();
        private Browser browser;

        synchronized Browser browser() {
            if (browser == null) {
                browser = Browser.start(site);
            }
            return browser;
        }

        synchronized Browser startedBrowser() {
            return browser;
        }

        @Override
        public synchronized void close() {
            try {
                if (browser != null) {
                    browser.close();
                }
            } finally {
                site.close();
            }
        }
    }

    private static Shared shared(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent(Shared.class, k -> new Shared(), Shared.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ServedSite.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Shared shared = shared(context);
        return parameter.getParameter().getType() == Browser.class ? shared.browser() : shared.site;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser browser = shared(context).startedBrowser();
        if (browser != null) {
            browser.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = shared(context).startedBrowser();
        if (browser != null) {
            List<String> errors = browser.takeConsoleErrors();
            if (!errors.isEmpty()) {
                throw new AssertionError("SEVERE browser console messages:\n  " + String.join("\n  ", errors));
            }
        }
    }
}
