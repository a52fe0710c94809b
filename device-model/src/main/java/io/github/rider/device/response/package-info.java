/**
 * Response families q+(w), q-(w) (dimensionless multiples of dw_min): the paper's linear device
 * (eq. 103), AIHWKit's ConstantStep, LinearStep, SoftBounds, ExpStep, PowStep and PiecewiseStep
 * (docs/devices.md §2), Wu et al.'s power, exponential and ALD responses, and
 * {@link io.github.rider.device.response.ShiftedResponse} for effective-weight coordinates.
 * {@link io.github.rider.device.response.ResponseAnalysis} holds the numerical SP and constants.
 */
package io.github.rider.device.response;
