package io.cloudtrade.payment.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/** A channel's asynchronous notification exactly as it arrived over HTTP, for the payment service to verify and process. */
public class ChannelNotify implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String channel;
  /** lower-case header names */
  private Map<String, String> headers;
  /** Alipay: the form parameters */
  private Map<String, String> form;
  /** WeChat Pay: the raw JSON body */
  private String body;

  public String getChannel() {
    return channel;
  }

  public ChannelNotify setChannel(String channel) {
    this.channel = channel;
    return this;
  }

  public Map<String, String> getHeaders() {
    return headers;
  }

  public ChannelNotify setHeaders(Map<String, String> headers) {
    this.headers = headers;
    return this;
  }

  public Map<String, String> getForm() {
    return form;
  }

  public ChannelNotify setForm(Map<String, String> form) {
    this.form = form;
    return this;
  }

  public String getBody() {
    return body;
  }

  public ChannelNotify setBody(String body) {
    this.body = body;
    return this;
  }

  @Override
  public String toString() {
    return "ChannelNotify{" + "channel=" + channel + ", " + "headers=" + headers + ", " + "form=" + form + ", " + "body=" + body + "}";
  }
}
