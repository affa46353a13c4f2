package io.cloudtrade.support.mybatis;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;

/**
 * Binds and reads {@link Instant}s as UTC {@code DATETIME} values (our columns are DATETIME(3) in
 * UTC), replacing MyBatis' own Instant handler.
 *
 * <p>Why: MyBatis hands the Instant to Connector/J, which sends it as a TIMESTAMP parameter; a
 * TIMESTAMP only reaches 2038-01-19, so MariaDB stored a later instant (a subscription ending in
 * 2040, a far release time) as NULL. A LocalDateTime is sent as a DATETIME, whose range reaches
 * year 9999. Registered for every service by {@code mybatis.type-handlers-package}.
 */
@MappedTypes(Instant.class)
public class UtcInstantTypeHandler extends BaseTypeHandler<Instant> {
  @Override
  public void setNonNullParameter(PreparedStatement ps, int i, Instant parameter, JdbcType jdbcType) throws SQLException {
    ps.setObject(i, LocalDateTime.ofInstant(parameter, ZoneOffset.UTC));
  }

  @Override
  public Instant getNullableResult(ResultSet rs, String columnName) throws SQLException {
    return instant(rs.getObject(columnName, LocalDateTime.class));
  }

  @Override
  public Instant getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
    return instant(rs.getObject(columnIndex, LocalDateTime.class));
  }

  @Override
  public Instant getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
    return instant(cs.getObject(columnIndex, LocalDateTime.class));
  }

  private static Instant instant(LocalDateTime t) {
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }
}
