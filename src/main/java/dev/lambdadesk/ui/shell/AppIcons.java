package dev.lambdadesk.ui.shell;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;

/** The application icon in the sizes window managers pick from. */
final class AppIcons {

    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>(SIZES.length);
        for (int size : SIZES) {
            URL png = AppIcons.class.getResource("/dev/lambdadesk/ui/icons/lambdadesk-" + size + ".png");
            if (png != null) {
                icons.add(new Image(png.toExternalForm()));
            }
        }
        return icons;
    }
}
