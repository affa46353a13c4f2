package io.cloudtrade.payment.api;

import java.io.Serial;
import java.io.Serializable;

/** What to answer the channel's notification with, as the channel expects it (Alipay: the text success; WeChat Pay v3: 204, or 500 with the v3 JSON). */
public class NotifyAnswer implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private int httpStatus;
  private String contentType;
  private String body;
  /** whether the notification was verified and processed (false: forged, mismatched or failed) */
  private boolean accepted;

  public int getHttpStatus() {
    return httpStatus;
  }

  public NotifyAnswer setHttpStatus(int httpStatus) {
    this.httpStatus = httpStatus;
    return this;
  }

  public String getContentType() {
    return contentType;
  }

  public NotifyAnswer setContentType(String contentType) {
    this.contentType = contentType;
    return this;
  }

  public String getBody() {
    return body;
  }

  public NotifyAnswer setBody(String body) {
    this.body = body;
    return this;
  }

  public boolean isAccepted() {
    return accepted;
  }

  public NotifyAnswer setAccepted(boolean accepted) {
    this.accepted = accepted;
    return this;
  }

  @Override
  public String toString() {
    return "NotifyAnswer{" + "httpStatus=" + httpStatus + ", " + "contentType=" + contentType + ", " + "body=" + body + ", " + "accepted=" + accepted + "}";
  }
}
