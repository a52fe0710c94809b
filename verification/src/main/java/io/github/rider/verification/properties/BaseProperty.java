package io.github.rider.verification.properties;

import java.util.EnumSet;
import java.util.Set;

/** The descriptive part every property shares: name, reference, default tries, mutations. */
public abstract class BaseProperty implements Property {

  private final String name;
  private final String reference;
  private final int defaultTries;
  private final Set<Mutation> mutations;

  protected BaseProperty(String name, String reference, int defaultTries, Mutation first, Mutation... rest) {
    if (name == null || reference == null || defaultTries < 1) {
      throw new IllegalArgumentException("name, reference and defaultTries >= 1 required");
    }
    this.name = name;
    this.reference = reference;
    this.defaultTries = defaultTries;
    this.mutations = EnumSet.of(first, rest);
    if (mutations.contains(Mutation.NONE)) {
      throw new IllegalArgumentException("NONE is not a mutation");
    }
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String reference() {
    return reference;
  }

  @Override
  public final int defaultTries() {
    return defaultTries;
  }

  @Override
  public final Set<Mutation> mutations() {
    return EnumSet.copyOf(mutations);
  }
}
