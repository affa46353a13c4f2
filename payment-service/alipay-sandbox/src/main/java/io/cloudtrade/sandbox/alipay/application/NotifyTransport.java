package io.cloudtrade.sandbox.alipay.application;

/** Posts one notify to a merchant. */
public interface NotifyTransport {

  /**
   * What the merchant answered.
   *
   * @param status the HTTP status, or 0 when there was no answer
   * @param error why there was no answer, or null
   */
  record Answer(int status, String body, String error) {
    /** Alipay's rule: the merchant acknowledges a notify by answering the body "success". */
    public boolean acknowledged() {
      return status >= 200 && status < 300 && body != null && "success".equals(body.trim());
    }

    @Override
    public String toString() {
      if (error != null) {
        return "no answer: " + error;
      }
      String shown = body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "..." : body;
      return "HTTP " + status + " " + shown;
    }
  }

  /** POSTs the application/x-www-form-urlencoded body; never throws for network failures. */
  Answer post(String url, String formBody);
}
