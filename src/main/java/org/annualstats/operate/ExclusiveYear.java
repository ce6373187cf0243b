package org.annualstats.operate;

import java.util.Optional;
import java.util.function.Supplier;

import org.annualstats.operate.YearLock.Holder;

import org.springframework.stereotype.Component;

/**
 * Work on a statistical year other than a run (releasing an edition) that must not overlap a run
 * of it: it takes the lock a run takes, so a run and that work of one year never see each other's
 * half-written outputs.
 */
@Component
public class ExclusiveYear {

	private final YearLock locks;

	ExclusiveYear(YearLock locks) {
		this.locks = locks;
	}

	/**
	 * Does the work while holding the year.
	 *
	 * @param purpose what the lock is held for, shown to whoever finds the year busy
	 * @throws YearBusyException when another process holds the year; the work did not start
	 */
	public <T> T holding(int year, String purpose, Supplier<T> work) {
		Optional<Holder> holder = this.locks.tryAcquire(year, purpose);
		if (holder.isPresent()) {
			throw new YearBusyException("year " + year + " is busy (" + holder.get().purpose() + " by "
					+ holder.get().owner() + ", since " + holder.get().acquiredAt().withNano(0)
					+ "); try again when it has finished");
		}
		try {
			return work.get();
		}
		finally {
			this.locks.release(year);
		}
	}

}
