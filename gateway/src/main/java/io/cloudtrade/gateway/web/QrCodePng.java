package io.cloudtrade.gateway.web;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code drawn as a PNG on the server: zxing encodes the text (error correction M, UTF-8), the
 * modules are drawn black on white, {@value #MODULE_PIXELS} pixels each, inside the quiet zone of
 * {@value #QUIET_ZONE_MODULES} modules the standard asks for. A 1-bit image: a few hundred bytes.
 */
final class QrCodePng {
  static final int MODULE_PIXELS = 6;
  static final int QUIET_ZONE_MODULES = 4;

  private QrCodePng() {}

  /** The PNG of {@code text}'s QR code. */
  static byte[] of(String text) {
    QRCode code;
    try {
      code = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalStateException("the QR code of a " + text.length() + "-character text could not be encoded", e);
    }
    ByteMatrix modules = code.getMatrix();
    int side = (modules.getWidth() + 2 * QUIET_ZONE_MODULES) * MODULE_PIXELS;
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, side, side);
      g.setColor(Color.BLACK);
      for (int y = 0; y < modules.getHeight(); y++) {
        for (int x = 0; x < modules.getWidth(); x++) {
          if (modules.get(x, y) == 1) {
            g.fillRect((x + QUIET_ZONE_MODULES) * MODULE_PIXELS, (y + QUIET_ZONE_MODULES) * MODULE_PIXELS, MODULE_PIXELS, MODULE_PIXELS);
          }
        }
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream(1024);
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a PNG in memory failed", e);
    }
    return png.toByteArray();
  }
}
