package io.cloudtrade.gateway.web;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.order.api.OrderChannelPayment;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PayByChannelCommand;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelPaymentService;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.ChannelRefund;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's payments through Alipay and WeChat Pay: paying an unpaid order by a QR
 * code (or the customer's barcode), following the payment until the channel confirms it, its QR code
 * as an image, and the console's lists of payments and refunds. Ids and amounts are strings; every
 * amount is the payment service's. Errors are problem+json ({@link ApiProblems}) with the services'
 * error codes; another account's payment is answered as not found.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Channel payments", description = "Alipay and WeChat Pay: QR codes, payment status, payments and refunds")
public class PaymentController {
  static final String QR_CODE_NOT_FOUND = "QrCodeNotFound";
  private static final List<String> CHANNELS = List.of(ChannelPayments.ALIPAY, ChannelPayments.WECHATPAY);
  private static final List<String> SCENES = List.of(ChannelPayments.QR, ChannelPayments.BARCODE);

  private final OrderService orders;
  private final ChannelPaymentService payments;

  public PaymentController(OrderService orders, ChannelPaymentService payments) {
    this.orders = orders;
    this.payments = payments;
  }

  /**
   * How to pay an order: {@code channel} Alipay or WechatPay; {@code scene} QR (the default: the
   * customer scans the code the answer carries) or Barcode (with the {@code authCode} read from the
   * customer's app).
   */
  public record ChannelPaymentRequest(String channel, String scene, String authCode) {}

  @PostMapping("/orders/{orderId}/channel-payments")
  @Operation(summary = "Pay an unpaid order through Alipay or WeChat Pay",
      description = "Starts a payment of the whole order through the channel. QR: show qrCode (or the image at qrImageUrl) to "
          + "the customer and follow GET /api/payments/{paymentId} until it is Succeeded (the order then becomes Paid), or "
          + "Closed / Failed (start another one while the order is still Unpaid). Barcode: the answer is Succeeded, Failed or "
          + "WaitingForUser (the customer confirms in the app).")
  @ApiResponse(responseCode = "201", description = "the payment: paymentId, orderId, channel, scene, status, amount, currency, "
      + "qrCode, qrImageUrl, expiresAt; Location is the payment")
  @ApiResponse(responseCode = "400", description = "MissingParameter, InvalidParameter, OrderNotPayable, PaymentChannelRejected, "
      + "PaymentChannelUnavailable", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "NotSignedIn", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "OrderNotFound", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  public ResponseEntity<Map<String, Object>> pay(@PathVariable long orderId, @RequestBody(required = false) ChannelPaymentRequest body,
      HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    String scene = check(body);
    OrderChannelPayment p = ApiRejection.valueOf(orders.payOrderByChannel(new PayByChannelCommand()
        .setAccountId(who.accountId())
        .setOrderId(orderId)
        .setChannel(body.channel())
        .setScene(scene)
        .setAuthCode(body.authCode())));
    Map<String, Object> m = started(p.getPaymentId(), p.getOrderId(), p.getChannel(), p.getScene(), p.getStatus(), p.getAmount(),
        p.getQrCode());
    return ResponseEntity.created(URI.create("/api/payments/" + p.getPaymentId())).body(m);
  }

  /** The scene to pay in, or a 400 for a request that no channel could take. */
  static String check(ChannelPaymentRequest body) {
    if (body == null || body.channel() == null || body.channel().isBlank()) {
      throw rejected(CommonErrors.MISSING_PARAMETER, "channel is required: " + String.join(" or ", CHANNELS));
    }
    if (!CHANNELS.contains(body.channel())) {
      throw rejected(CommonErrors.INVALID_PARAMETER, "channel must be " + String.join(" or ", CHANNELS));
    }
    String scene = body.scene() == null || body.scene().isBlank() ? ChannelPayments.QR : body.scene();
    if (!SCENES.contains(scene)) {
      throw rejected(CommonErrors.INVALID_PARAMETER, "scene must be " + String.join(" or ", SCENES));
    }
    if (ChannelPayments.BARCODE.equals(scene) && (body.authCode() == null || body.authCode().isBlank())) {
      throw rejected(CommonErrors.MISSING_PARAMETER, "a Barcode payment needs the authCode read from the customer's app");
    }
    return scene;
  }

  @GetMapping("/payments/{paymentId}")
  @Operation(summary = "One channel payment, as it is now", description = "What the buy page follows while the customer pays.")
  @ApiResponse(responseCode = "200", description = "paymentId, orderId, channel, scene, status (Pending, WaitingForUser, Succeeded, "
      + "Failed, Closed), amount, currency, qrCode, qrImageUrl, channelTradeNo, failureReason, createdAt, paidAt, expiresAt")
  @ApiResponse(responseCode = "401", description = "NotSignedIn", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "PaymentNotFound (none, or another account's)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  public Map<String, Object> payment(@PathVariable long paymentId, HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    return view(ApiRejection.valueOf(payments.getChannelPayment(who.accountId(), paymentId)));
  }

  @GetMapping("/payments/{paymentId}/qr.png")
  @Operation(summary = "The QR code of a QR payment, as a PNG image", description = "Drawn by the gateway from the payment's "
      + "qrCode; never cached (Cache-Control: no-store).")
  @ApiResponse(responseCode = "200", description = "the image", content = @Content(mediaType = MediaType.IMAGE_PNG_VALUE))
  @ApiResponse(responseCode = "401", description = "NotSignedIn", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "PaymentNotFound (none, or another account's), QrCodeNotFound (not a QR "
      + "payment)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  public ResponseEntity<byte[]> qrImage(@PathVariable long paymentId, HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    ChannelPayment p = ApiRejection.valueOf(payments.getChannelPayment(who.accountId(), paymentId));
    if (p.getQrCode() == null || p.getQrCode().isEmpty()) {
      throw new ApiRejection(404, QR_CODE_NOT_FOUND, "payment " + paymentId + " has no QR code", List.of());
    }
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(QrCodePng.of(p.getQrCode()));
  }

  @GetMapping("/payments")
  @Operation(summary = "The account's channel payments, newest first",
      description = "Alipay and WeChat Pay payments in every status; balance payments: GET /api/balance-payments.")
  @ApiResponse(responseCode = "200", description = "pageNum, pageSize, totalCount, items (as GET /api/payments/{paymentId})")
  @ApiResponse(responseCode = "400", description = "InvalidParameter (pageNum below 1, pageSize not 1 to 300)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "NotSignedIn", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  public Map<String, Object> payments(@Parameter(description = "from 1") @RequestParam(defaultValue = "1") int pageNum,
      @Parameter(description = "1 to 300") @RequestParam(defaultValue = "20") int pageSize, HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    Page<ChannelPayment> found = ApiRejection.valueOf(payments.listChannelPayments(who.accountId(), pageRequest(pageNum, pageSize)));
    return ConsoleController.page(found, found.items().stream().map(PaymentController::view).toList());
  }

  @GetMapping("/refunds")
  @Operation(summary = "The refunds of the account's channel payments, newest first",
      description = "Refunds go back through the channel the payment came by (an unsubscription, or a payment that came too late).")
  @ApiResponse(responseCode = "200", description = "pageNum, pageSize, totalCount, items: refundId, paymentId, orderId, channel, "
      + "requestNo, amount, currency, status (Pending, Succeeded, Failed), failureReason, createdAt, updatedAt")
  @ApiResponse(responseCode = "400", description = "InvalidParameter (pageNum below 1, pageSize not 1 to 300)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "NotSignedIn", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  public Map<String, Object> refunds(@Parameter(description = "from 1") @RequestParam(defaultValue = "1") int pageNum,
      @Parameter(description = "1 to 300") @RequestParam(defaultValue = "20") int pageSize, HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    Page<ChannelRefund> found = ApiRejection.valueOf(payments.listChannelRefunds(who.accountId(), pageRequest(pageNum, pageSize)));
    return ConsoleController.page(found, found.items().stream().map(PaymentController::view).toList());
  }

  static PageRequest pageRequest(int page, int size) {
    try {
      return PageRequest.of(page, size);
    } catch (IllegalArgumentException e) {
      throw rejected(CommonErrors.INVALID_PARAMETER, e.getMessage());
    }
  }

  /** The fields a payment has from its start: what the POST answers, and the head of {@link #view}. */
  private static Map<String, Object> started(long paymentId, long orderId, String channel, String scene, String status, Money amount,
      String qrCode) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("paymentId", Long.toString(paymentId));
    m.put("orderId", Long.toString(orderId));
    m.put("channel", channel);
    m.put("scene", scene);
    m.put("status", status);
    m.put("amount", ConsoleController.plain(amount));
    m.put("currency", amount == null ? null : amount.currency());
    m.put("qrCode", qrCode);
    m.put("qrImageUrl", qrImageUrl(paymentId, qrCode));
    return m;
  }

  private static Map<String, Object> view(ChannelPayment p) {
    Map<String, Object> m = started(p.getPaymentId(), p.getOrderId(), p.getChannel(), p.getScene(), p.getStatus(), p.getAmount(),
        p.getQrCode());
    m.put("channelTradeNo", p.getChannelTradeNo());
    m.put("failureReason", p.getFailureReason());
    m.put("createdAt", ConsoleController.text(p.getCreatedAt()));
    m.put("paidAt", ConsoleController.text(p.getPaidAt()));
    m.put("expiresAt", ConsoleController.text(p.getExpiresAt()));
    return m;
  }

  private static Map<String, Object> view(ChannelRefund r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("refundId", Long.toString(r.getRefundId()));
    m.put("paymentId", Long.toString(r.getPaymentId()));
    m.put("orderId", Long.toString(r.getOrderId()));
    m.put("channel", r.getChannel());
    m.put("requestNo", r.getRequestNo());
    m.put("amount", ConsoleController.plain(r.getAmount()));
    m.put("currency", r.getAmount() == null ? null : r.getAmount().currency());
    m.put("status", r.getStatus());
    m.put("failureReason", r.getFailureReason());
    m.put("createdAt", ConsoleController.text(r.getCreatedAt()));
    m.put("updatedAt", ConsoleController.text(r.getUpdatedAt()));
    return m;
  }

  private static String qrImageUrl(long paymentId, String qrCode) {
    return qrCode == null || qrCode.isEmpty() ? null : "/api/payments/" + paymentId + "/qr.png";
  }

  private static ApiRejection rejected(String code, String message) {
    return new ApiRejection(400, code, message, List.of());
  }
}
