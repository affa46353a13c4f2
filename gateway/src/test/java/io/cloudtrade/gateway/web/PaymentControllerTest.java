package io.cloudtrade.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.cloudtrade.gateway.openapi.FakeOrderService;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.order.api.OrderChannelPayment;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PayByChannelCommand;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.ChannelRefund;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The channel payment endpoints over HTTP (standalone MockMvc: this controller and the problem
 * handler, no Spring context), with in-memory services: what they are asked for, what the page gets.
 */
class PaymentControllerTest {
  static final long ACCOUNT = 1_380_000_000_000_001L;
  static final long OTHER_ACCOUNT = 1_380_000_000_000_003L;
  static final long ORDER_ID = 412_345_678_901_234_567L; // beyond a double's 53 bits: ids travel as strings
  static final long PAYMENT_ID = 383_803_574_422_867_968L;
  static final String QR = "https://qr.alipay-sandbox.cloudtrade.local/bax03125ymqkq0pntl8b0019";

  final FakeOrderService orders = new FakeOrderService();
  final FakeChannelPaymentService payments = new FakeChannelPaymentService();
  final MockMvc http = MockMvcBuilders.standaloneSetup(new PaymentController(orders, payments))
      .setControllerAdvice(new ApiProblems()).build();
  final MockHttpSession customer = signedIn(ACCOUNT);

  @BeforeEach
  void aPendingQrPayment() {
    payments.payments.add(new ChannelPayment().setPaymentId(PAYMENT_ID).setOrderId(ORDER_ID).setAccountId(ACCOUNT)
        .setChannel(ChannelPayments.ALIPAY).setScene(ChannelPayments.QR).setStatus(ChannelPayments.PENDING)
        .setAmount(Money.of("1234.50", "CNY")).setQrCode(QR).setCreatedAt(Instant.parse("2026-11-25T10:00:00.123Z"))
        .setExpiresAt(Instant.parse("2026-11-25T10:15:00.123Z")));
  }

  static MockHttpSession signedIn(long accountId) {
    MockHttpSession session = new MockHttpSession();
    session.setAttribute(SignedInAccount.SESSION_KEY, new SignedInAccount(accountId, "someone", "Customer"));
    return session;
  }

  ResultActions pay(String body) throws Exception {
    return http.perform(post("/api/orders/" + ORDER_ID + "/channel-payments").session(customer)
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void payingAnOrderByQrStartsItForTheSignedInAccountAndAnswersThePayment() throws Exception {
    orders.channelPayment = new OrderChannelPayment().setOrderId(ORDER_ID).setPaymentId(PAYMENT_ID).setChannel(ChannelPayments.ALIPAY)
        .setScene(ChannelPayments.QR).setStatus(ChannelPayments.PENDING).setQrCode(QR).setAmount(Money.of("1234.50", "CNY"));
    pay("{\"channel\":\"Alipay\",\"scene\":\"QR\"}")
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/payments/" + PAYMENT_ID))
        .andExpect(jsonPath("$.paymentId").value(Long.toString(PAYMENT_ID)))
        .andExpect(jsonPath("$.orderId").value(Long.toString(ORDER_ID)))
        .andExpect(jsonPath("$.status").value("Pending"))
        .andExpect(jsonPath("$.amount").value("1234.50"))
        .andExpect(jsonPath("$.currency").value("CNY"))
        .andExpect(jsonPath("$.qrCode").value(QR))
        .andExpect(jsonPath("$.qrImageUrl").value("/api/payments/" + PAYMENT_ID + "/qr.png"));
    PayByChannelCommand asked = (PayByChannelCommand) orders.calls.get(0);
    assertThat(asked.getAccountId()).isEqualTo(ACCOUNT);
    assertThat(asked.getOrderId()).isEqualTo(ORDER_ID);
    assertThat(asked.getChannel()).isEqualTo(ChannelPayments.ALIPAY);
    assertThat(asked.getScene()).isEqualTo(ChannelPayments.QR);
  }

  @Test
  void theSceneIsQrUnlessSaidAndABarcodeCarriesItsAuthCode() throws Exception {
    orders.channelPayment = new OrderChannelPayment().setOrderId(ORDER_ID).setPaymentId(PAYMENT_ID)
        .setChannel(ChannelPayments.WECHATPAY).setScene(ChannelPayments.QR).setStatus(ChannelPayments.PENDING)
        .setQrCode("weixin://wxpay/bizpayurl?pr=yjN7scr").setAmount(Money.of("8.00", "CNY"));
    pay("{\"channel\":\"WechatPay\"}").andExpect(status().isCreated());
    assertThat(((PayByChannelCommand) orders.calls.get(0)).getScene()).isEqualTo(ChannelPayments.QR);

    orders.channelPayment.setScene(ChannelPayments.BARCODE).setStatus(ChannelPayments.SUCCEEDED).setQrCode(null);
    pay("{\"channel\":\"Alipay\",\"scene\":\"Barcode\",\"authCode\":\"281234567890123456\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("Succeeded"))
        .andExpect(jsonPath("$.qrImageUrl").value(nullValue()));
    assertThat(((PayByChannelCommand) orders.calls.get(1)).getAuthCode()).isEqualTo("281234567890123456");
  }

  @Test
  void aPaymentNoChannelCouldTakeIsRefusedBeforeTheOrderServiceIsAsked() throws Exception {
    expectProblem(pay("{}"), 400, "MissingParameter");
    expectProblem(pay("{\"channel\":\"PayPal\"}"), 400, "InvalidParameter");
    expectProblem(pay("{\"channel\":\"Alipay\",\"scene\":\"NFC\"}"), 400, "InvalidParameter");
    expectProblem(pay("{\"channel\":\"Alipay\",\"scene\":\"Barcode\"}"), 400, "MissingParameter");
    expectProblem(http.perform(post("/api/orders/not-a-number/channel-payments").session(customer)
        .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"Alipay\"}")), 400, "InvalidParameter");
    assertThat(orders.calls).isEmpty();
  }

  @Test
  void theOrderServicesRejectionsAreProblemsWithTheirCodes() throws Exception {
    orders.channelPayment = new OrderChannelPayment();
    orders.rejectWith = OrderErrors.ORDER_NOT_PAYABLE;
    expectProblem(pay("{\"channel\":\"Alipay\",\"scene\":\"QR\"}"), 400, "OrderNotPayable");
    orders.rejectWith = OrderErrors.ORDER_NOT_FOUND;
    expectProblem(pay("{\"channel\":\"Alipay\",\"scene\":\"QR\"}"), 404, "OrderNotFound");
  }

  @Test
  void nothingWithoutSigningIn() throws Exception {
    expectProblem(http.perform(post("/api/orders/" + ORDER_ID + "/channel-payments").contentType(MediaType.APPLICATION_JSON)
        .content("{\"channel\":\"Alipay\"}")), 401, "NotSignedIn");
    expectProblem(http.perform(get("/api/payments/" + PAYMENT_ID)), 401, "NotSignedIn");
    expectProblem(http.perform(get("/api/payments/" + PAYMENT_ID + "/qr.png")), 401, "NotSignedIn");
    expectProblem(http.perform(get("/api/payments")), 401, "NotSignedIn");
    expectProblem(http.perform(get("/api/refunds")), 401, "NotSignedIn");
  }

  @Test
  void aPaymentIsShownToItsOwnerOnly() throws Exception {
    http.perform(get("/api/payments/" + PAYMENT_ID).session(customer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paymentId").value(Long.toString(PAYMENT_ID)))
        .andExpect(jsonPath("$.orderId").value(Long.toString(ORDER_ID)))
        .andExpect(jsonPath("$.channel").value("Alipay"))
        .andExpect(jsonPath("$.scene").value("QR"))
        .andExpect(jsonPath("$.status").value("Pending"))
        .andExpect(jsonPath("$.amount").value("1234.50"))
        .andExpect(jsonPath("$.qrImageUrl").value("/api/payments/" + PAYMENT_ID + "/qr.png"))
        .andExpect(jsonPath("$.createdAt").value("2026-11-25T10:00:00.123Z"))
        .andExpect(jsonPath("$.expiresAt").value("2026-11-25T10:15:00.123Z"))
        .andExpect(jsonPath("$.paidAt").value(nullValue()));
    expectProblem(http.perform(get("/api/payments/" + PAYMENT_ID).session(signedIn(OTHER_ACCOUNT))), 404, "PaymentNotFound");
  }

  @Test
  void theQrImageIsAnUncachedPngOfThePaymentsCodeForItsOwnerOnly() throws Exception {
    byte[] png = http.perform(get("/api/payments/" + PAYMENT_ID + "/qr.png").session(customer))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.IMAGE_PNG))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(QrCodePngTest.decode(png).getText()).isEqualTo(QR);

    expectProblem(http.perform(get("/api/payments/" + PAYMENT_ID + "/qr.png").session(signedIn(OTHER_ACCOUNT))), 404,
        "PaymentNotFound");
    expectProblem(http.perform(get("/api/payments/1/qr.png").session(customer)), 404, "PaymentNotFound");
    payments.payments.get(0).setScene(ChannelPayments.BARCODE).setQrCode(null);
    expectProblem(http.perform(get("/api/payments/" + PAYMENT_ID + "/qr.png").session(customer)), 404, "QrCodeNotFound");
  }

  @Test
  void paymentsAndRefundsAreListedPageByPage() throws Exception {
    payments.payments.add(new ChannelPayment().setPaymentId(PAYMENT_ID - 1).setOrderId(ORDER_ID - 1).setAccountId(ACCOUNT)
        .setChannel(ChannelPayments.WECHATPAY).setScene(ChannelPayments.QR).setStatus(ChannelPayments.SUCCEEDED)
        .setAmount(Money.of("8.00", "CNY")).setCreatedAt(Instant.parse("2026-11-24T09:00:00Z"))
        .setPaidAt(Instant.parse("2026-11-24T09:01:00Z")));
    payments.payments.add(new ChannelPayment().setPaymentId(7).setAccountId(OTHER_ACCOUNT).setAmount(Money.of("1.00", "CNY")));
    http.perform(get("/api/payments?pageNum=1&pageSize=2").session(customer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pageNum").value(1))
        .andExpect(jsonPath("$.pageSize").value(2))
        .andExpect(jsonPath("$.totalCount").value(2))
        .andExpect(jsonPath("$.items[*].paymentId").value(contains(Long.toString(PAYMENT_ID), Long.toString(PAYMENT_ID - 1))))
        .andExpect(jsonPath("$.items[1].channel").value("WechatPay"))
        .andExpect(jsonPath("$.items[1].status").value("Succeeded"))
        .andExpect(jsonPath("$.items[1].amount").value("8.00"))
        .andExpect(jsonPath("$.items[1].paidAt").value("2026-11-24T09:01:00Z"));

    payments.refundsAccountId = ACCOUNT;
    payments.refunds.add(new ChannelRefund().setRefundId(99).setPaymentId(PAYMENT_ID - 1).setOrderId(ORDER_ID - 1)
        .setChannel(ChannelPayments.WECHATPAY).setRequestNo(Long.toString(PAYMENT_ID - 1)).setAmount(Money.of("8.00", "CNY"))
        .setStatus("Succeeded").setCreatedAt(Instant.parse("2026-11-24T09:02:00Z")).setUpdatedAt(Instant.parse("2026-11-24T09:02:01Z")));
    http.perform(get("/api/refunds?pageNum=3&pageSize=5").session(customer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pageNum").value(3))
        .andExpect(jsonPath("$.totalCount").value(1))
        .andExpect(jsonPath("$.items").isEmpty());
    http.perform(get("/api/refunds").session(customer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].refundId").value("99"))
        .andExpect(jsonPath("$.items[0].orderId").value(Long.toString(ORDER_ID - 1)))
        .andExpect(jsonPath("$.items[0].requestNo").value(Long.toString(PAYMENT_ID - 1)))
        .andExpect(jsonPath("$.items[0].amount").value("8.00"))
        .andExpect(jsonPath("$.items[0].status").value("Succeeded"))
        .andExpect(jsonPath("$.items[0].updatedAt").value("2026-11-24T09:02:01Z"));
    assertThat(payments.pages).extracting(PageRequest::pageNum, PageRequest::pageSize)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(3, 5),
            org.assertj.core.groups.Tuple.tuple(1, 20));
  }

  @Test
  void badPagingIsAnInvalidParameter() throws Exception {
    expectProblem(http.perform(get("/api/payments?pageNum=0").session(customer)), 400, "InvalidParameter");
    expectProblem(http.perform(get("/api/payments?pageSize=301").session(customer)), 400, "InvalidParameter");
    expectProblem(http.perform(get("/api/refunds?pageSize=0").session(customer)), 400, "InvalidParameter");
    expectProblem(http.perform(get("/api/refunds?pageNum=x").session(customer)), 400, "InvalidParameter");
    assertThat(payments.pages).isEmpty();
  }

  static void expectProblem(ResultActions result, int status, String code) throws Exception {
    result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value(code));
  }
}
