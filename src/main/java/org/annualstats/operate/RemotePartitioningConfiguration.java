package org.annualstats.operate;

import java.net.URI;
import java.time.Duration;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Remote partitioning of the ingest over RabbitMQ ({@code annualstats.remote.broker}): the manager
 * ({@code run --remote}) sends one request per file partition to a queue and polls the job
 * repository until every partition has ended; workers ({@code worker}) take the requests one at a
 * time and run the same file step against the same store. A request is acknowledged once its
 * partition has ended, so the requests of a worker that dies go back to the queue.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("annualstats.remote.broker")
@EnableIntegration
class RemotePartitioningConfiguration {

	@Bean
	CachingConnectionFactory partitionBroker(@Value("${annualstats.remote.broker}") URI broker) {
		return new CachingConnectionFactory(broker);
	}

	@Bean
	Queue partitionQueue(@Value("${annualstats.remote.queue:annual-stats.partitions}") String name) {
		return new Queue(name, true);
	}

	@Bean
	RabbitAdmin partitionQueueAdmin(CachingConnectionFactory partitionBroker) {
		return new RabbitAdmin(partitionBroker);
	}

	/** Requests are Batch's own serializable {@link StepExecutionRequest}: only that class is read back. */
	@Bean
	SimpleMessageConverter partitionRequestConverter() {
		SimpleMessageConverter converter = new SimpleMessageConverter();
		converter.setAllowedListPatterns(java.util.List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
		return converter;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "annualstats.remote.role", havingValue = "manager")
	static class Manager {

		@Bean
		DirectChannel partitionRequests() {
			return new DirectChannel();
		}

		@Bean
		IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, CachingConnectionFactory partitionBroker,
				Queue partitionQueue, SimpleMessageConverter partitionRequestConverter) {
			RabbitTemplate template = new RabbitTemplate(partitionBroker);
			template.setMessageConverter(partitionRequestConverter);
			return IntegrationFlow.from(partitionRequests)
				.handle(Amqp.outboundAdapter(template).routingKey(partitionQueue.getName()))
				.get();
		}

		@Bean
		RemoteFilePartitions remoteFilePartitions(DirectChannel partitionRequests, JobRepository repository,
				RabbitAdmin partitionQueueAdmin, Queue partitionQueue,
				@Value("${annualstats.remote.broker}") URI broker,
				@Value("${annualstats.remote.poll-interval:PT1S}") Duration pollInterval,
				@Value("${annualstats.remote.worker-timeout:PT60S}") Duration workerTimeout) throws Exception {
			MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
			handler.setStepName(IngestStepConfiguration.FILE_STEP);
			handler.setJobRepository(repository);
			handler.setMessagingOperations(new MessagingTemplate(partitionRequests));
			handler.setPollInterval(pollInterval.toMillis());
			handler.afterPropertiesSet();
			return new RemoteFilePartitions(handler, partitionQueueAdmin, partitionQueue.getName(), broker,
					pollInterval, workerTimeout);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "annualstats.remote.role", havingValue = "worker")
	static class Worker {

		@Bean
		PartitionWorker partitionWorker(JobRepository repository, Step ingestFileStep) {
			StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
			handler.setJobRepository(repository);
			handler.setStepLocator((name) -> IngestStepConfiguration.FILE_STEP.equals(name) ? ingestFileStep : null);
			return new PartitionWorker(handler, repository);
		}

		/** One partition per consumer at a time, as many consumers as the worker has threads. */
		@Bean
		IntegrationFlow partitionRequestsFromBroker(CachingConnectionFactory partitionBroker, Queue partitionQueue,
				RabbitAdmin partitionQueueAdmin, SimpleMessageConverter partitionRequestConverter,
				PartitionWorker partitionWorker, @Value("${annualstats.ingest.threads:0}") int threads) {
			int consumers = (threads > 0) ? threads : Runtime.getRuntime().availableProcessors();
			partitionQueueAdmin.declareQueue(partitionQueue);
			return IntegrationFlow
				.from(Amqp.inboundAdapter(partitionBroker, partitionQueue.getName())
					.messageConverter(partitionRequestConverter)
					.configureContainer((container) -> container.prefetchCount(1)
						.concurrentConsumers(consumers)
						.acknowledgeMode(AcknowledgeMode.AUTO)
						.defaultRequeueRejected(false)))
				.handle(StepExecutionRequest.class, (request, headers) -> {
					partitionWorker.take(request, Boolean.TRUE.equals(headers.get(AmqpHeaders.REDELIVERED)));
					return null;
				})
				.get();
		}

	}

}
