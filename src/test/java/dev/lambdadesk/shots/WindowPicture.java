package dev.lambdadesk.shots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;

/**
 * A picture of the main window as a person sees it: its scene, with each open dialog drawn centred over it (as
 * JavaFX places a dialog on its owner) and each popup (a list, a tooltip) where it opened.
 */
final class WindowPicture {

    private WindowPicture() {
    }

    /** Takes the picture; call on the FX thread. */
    static BufferedImage of(Stage main) {
        BufferedImage base = pixels(main.getScene().snapshot(null));
        int width = base.getWidth();
        int height = base.getHeight();
        List<Window> others = Window.getWindows().stream()
                .filter(w -> w != main && w.isShowing() && w.getScene() != null).toList();
        List<BufferedImage> pictures = others.stream().map(w -> pixels(w.getScene().snapshot(null))).toList();
        // a dialog taller than the window reaches below it, as on a larger screen: the picture grows to show it
        int tallest = pictures.stream().mapToInt(p -> Math.max(0, (height - p.getHeight()) / 3) + p.getHeight())
                .max().orElse(height);
        BufferedImage out = new BufferedImage(width, Math.max(height, tallest), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(base, 0, 0, null);
        for (int i = 0; i < others.size(); i++) {
            Window window = others.get(i);
            BufferedImage picture = pictures.get(i);
            if (window instanceof PopupWindow) {
                Scene scene = window.getScene();
                g.drawImage(picture, (int) (window.getX() + scene.getX() - main.getX()),
                        (int) (window.getY() + scene.getY() - main.getY()), null);
            } else {
                int x = Math.max(0, (width - picture.getWidth()) / 2);
                int y = Math.max(0, (height - picture.getHeight()) / 3);
                g.drawImage(picture, x, y, null);
                g.setColor(new Color(0x80, 0x80, 0x80));
                g.setStroke(new BasicStroke(1));
                g.drawRect(x, y, picture.getWidth() - 1, picture.getHeight() - 1);
            }
        }
        g.dispose();
        return out;
    }

    static void write(BufferedImage image, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static BufferedImage pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }
}
