/**
 * The device-model contract: {@link io.github.rider.verification.contract.DeviceContract} checks a response
 * model against the paper's device assumptions (Definitions 2.1, C.1, the SP) and, by simulation, against the
 * zero-shifting theorems and Theorem 3.7; {@link io.github.rider.verification.contract.ContractReport#toTable()}
 * renders the result for the CLI; {@link io.github.rider.verification.contract.DeviceModelContractTest} is the
 * abstract JUnit 5 form a user extends for a device of their own.
 */
package io.github.rider.verification.contract;
