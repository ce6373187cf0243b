package org.annualstats;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnnualStatsApplication {
}
