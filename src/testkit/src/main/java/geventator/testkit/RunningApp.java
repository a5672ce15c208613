package geventator.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestApp} for a test class: {@code @RegisterExtension static RunningApp app = RunningApp.role("user");}
 * starts it before the first test and stops it after the last.
 */
public final class RunningApp implements BeforeAllCallback, AfterAllCallback {

    private final String role;
    private TestApp app;

    private RunningApp(String role) {
        this.role = role;
    }

    public static RunningApp role(String role) {
        return new RunningApp(role);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        app = TestApp.start(role);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        app.close();
    }

    public TestApp app() {
        return app;
    }

    public Http http() {
        return app.http();
    }
}
