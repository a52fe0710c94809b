package io.github.rider.experiments.sweep;

/**
 * The common part of an {@link Experiment}: its name, title and configuration record.
 *
 * @param <C> the configuration record
 * @param <P> the parameters of a cell
 */
public abstract class AbstractExperiment<C extends Record, P> implements Experiment<P> {

  private final String name;
  private final String title;
  protected final C config;

  protected AbstractExperiment(String name, String title, C config) {
    if (config == null) {
      throw new IllegalArgumentException("config of " + name + " must not be null");
    }
    this.name = name;
    this.title = title;
    this.config = config;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public C config() {
    return config;
  }
}
