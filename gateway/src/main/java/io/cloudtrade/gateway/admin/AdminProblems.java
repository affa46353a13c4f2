package io.cloudtrade.gateway.admin;

import io.cloudtrade.gateway.web.ApiProblems;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The admin API's errors: the same RFC 9457 problem+json with a {@code code} as the REST API,
 * by the same handlers ({@link ApiProblems}), for the controllers of this package.
 */
@RestControllerAdvice(basePackageClasses = AdminProblems.class)
public class AdminProblems extends ApiProblems {}
