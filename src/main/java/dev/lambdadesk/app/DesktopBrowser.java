package dev.lambdadesk.app;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens an address in the person's browser where the desktop allows it (called off the FX thread). */
final class DesktopBrowser {

    private static final Logger LOG = Logger.getLogger(DesktopBrowser.class.getName());

    private DesktopBrowser() {
    }

    /** True when the browser was asked to open {@code address}; false when there is no way to (then show it). */
    static boolean open(URI address) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(address);
                return true;
            }
        } catch (IOException | RuntimeException e) { // headless, no browser configured, or refused
            LOG.log(Level.INFO, "The browser could not be opened; the address is shown instead", e);
        }
        return false;
    }
}
