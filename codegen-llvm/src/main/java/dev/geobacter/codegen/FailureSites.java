package dev.geobacter.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The source positions of the checks in one compiled kernel. Generated code records a site's
 * number when its check fails; the host turns the number back into a position.
 */
public final class FailureSites {
  private final List<SourcePosition> sites = new ArrayList<>();

  /** The sites of a kernel compiled earlier, in their numbering. */
  public static FailureSites of(List<SourcePosition> positions) {
    FailureSites sites = new FailureSites();
    sites.sites.addAll(positions);
    return sites;
  }

  /** Every site, by number. */
  public synchronized List<SourcePosition> positions() {
    return List.copyOf(sites);
  }

  /** Registers a check at {@code position} and returns its number. */
  public synchronized int register(SourcePosition position) {
    sites.add(position);
    return sites.size() - 1;
  }

  public synchronized SourcePosition position(int site) {
    if (site < 0 || site >= sites.size()) {
      throw new IllegalStateException("kernel recorded failure site " + site + " but only " + sites.size() + " exist");
    }
    return sites.get(site);
  }

  public synchronized int size() {
    return sites.size();
  }
}
