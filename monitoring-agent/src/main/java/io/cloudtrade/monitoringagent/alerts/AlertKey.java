package io.cloudtrade.monitoringagent.alerts;

/** What identifies an alert: the rule (kind, severity), the link, the code (CODE_SURGE only). */
record AlertKey(AlertKind kind, String severity, String link, String code) {
  String id(long sinceEpochSecond) {
    return kind + "/" + severity + "/" + link + (code == null ? "" : "/" + code) + "@" + sinceEpochSecond;
  }
}
