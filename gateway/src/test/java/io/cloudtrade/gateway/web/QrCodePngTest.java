package io.cloudtrade.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The QR codes the gateway draws read back as the text they were drawn from. */
class QrCodePngTest {
  static final int BLACK = 0xFF000000;
  static final int WHITE = 0xFFFFFFFF;

  @ParameterizedTest
  @ValueSource(strings = {"https://qr.alipay-sandbox.cloudtrade.local/bax03125ymqkq0pntl8b0019", "weixin://wxpay/bizpayurl?pr=yjN7scr",
      "https://qr.alipay.com/bax08431ttsfwrjoqmda50ed?payer=扫码付款"})
  void aDrawnQrCodeDecodesToItsText(String text) throws Exception {
    assertThat(decode(QrCodePng.of(text)).getText()).isEqualTo(text);
  }

  @Test
  void theLongestCodeAPaymentMayCarryFits() throws Exception {
    String text = "https://qr.alipay.com/" + "a1B2c3D4e5".repeat(49); // 512 characters, as long as channel_payment.qr_code
    assertThat(decode(QrCodePng.of(text)).getText()).isEqualTo(text);
  }

  @Test
  void modulesAreWholeSquaresInsideAQuietZone() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodePng.of("weixin://wxpay/bizpayurl?pr=yjN7scr")));
    int unit = QrCodePng.MODULE_PIXELS;
    int quiet = QrCodePng.QUIET_ZONE_MODULES * unit;
    assertThat(image.getWidth()).isEqualTo(image.getHeight());
    assertThat(image.getWidth() % unit).isZero();
    int modules = image.getWidth() / unit - 2 * QrCodePng.QUIET_ZONE_MODULES;
    assertThat((modules - 17) % 4).as("a QR code of version v is 17 + 4v modules wide, not %s", modules).isZero();
    for (int i = 0; i < image.getWidth(); i++) {
      assertThat(image.getRGB(i, quiet - 1)).as("quiet zone above, x=%s", i).isEqualTo(WHITE);
      assertThat(image.getRGB(quiet - 1, i)).as("quiet zone left, y=%s", i).isEqualTo(WHITE);
    }
    // the top-left finder pattern: a 7-module dark ring, a light ring, a 3-module dark centre
    assertThat(image.getRGB(quiet, quiet)).isEqualTo(BLACK);
    assertThat(image.getRGB(quiet + 6 * unit, quiet + 6 * unit)).isEqualTo(BLACK);
    assertThat(image.getRGB(quiet + unit, quiet + unit)).isEqualTo(WHITE);
    assertThat(image.getRGB(quiet + 3 * unit, quiet + 3 * unit)).isEqualTo(BLACK);
    assertThat(image.getRGB(quiet + 7 * unit, quiet + 7 * unit)).as("the separator").isEqualTo(WHITE);
  }

  static Result decode(byte[] png) throws Exception {
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int w = image.getWidth();
    int h = image.getHeight();
    RGBLuminanceSource pixels = new RGBLuminanceSource(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(pixels)), Map.of(DecodeHintType.CHARACTER_SET, "UTF-8"));
  }
}
