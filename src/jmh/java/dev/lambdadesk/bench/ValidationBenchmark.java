package dev.lambdadesk.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.validation.RequestValidator;
import dev.lambdadesk.validation.Violation;

/**
 * Validation speed: a full CreateFunction request with every section filled (target: 20 us average), and
 * re-validating one changed field the way the form does on a keystroke (target: 5 us).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {

    /** Every section of CreateFunction filled, as the form would send it. */
    static final String FULL_CREATE_FUNCTION = """
            {
              "FunctionName": "orders-api",
              "Runtime": "python3.14",
              "Role": "arn:aws:iam::123456789012:role/lambda-basic-execution",
              "Handler": "lambda_function.lambda_handler",
              "Code": {
                "ZipFile": "UEsDBBQAAAAIAAAAAAA=",
                "SourceKMSKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
              },
              "Description": "Order API",
              "Timeout": 30,
              "MemorySize": 1024,
              "Publish": true,
              "VpcConfig": {
                "SubnetIds": [
                  "subnet-0123456789abcdef0",
                  "subnet-0123456789abcdef1"
                ],
                "SecurityGroupIds": [
                  "sg-0123456789abcdef0"
                ],
                "Ipv6AllowedForDualStack": false
              },
              "PackageType": "Zip",
              "DeadLetterConfig": {
                "TargetArn": "arn:aws:sqs:us-east-1:123456789012:orders-dlq"
              },
              "Environment": {
                "Variables": {
                  "TABLE_NAME": "orders",
                  "LOG_LEVEL": "info",
                  "AWS_LAMBDA_EXEC_WRAPPER": "/opt/wrapper"
                }
              },
              "KMSKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
              "TracingConfig": {
                "Mode": "Active"
              },
              "Tags": {
                "team": "payments",
                "cost-center": "42"
              },
              "Layers": [
                "arn:aws:lambda:us-east-1:123456789012:layer:common:3"
              ],
              "FileSystemConfigs": [
                {
                  "Arn": "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0",
                  "LocalMountPath": "/mnt/data"
                }
              ],
              "CodeSigningConfigArn": "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0",
              "Architectures": [
                "arm64"
              ],
              "EphemeralStorage": {
                "Size": 1024
              },
              "SnapStart": {
                "ApplyOn": "None"
              },
              "LoggingConfig": {
                "LogFormat": "JSON",
                "ApplicationLogLevel": "INFO",
                "SystemLogLevel": "WARN",
                "LogGroup": "/aws/lambda/orders-api"
              },
              "CapacityProviderConfig": {
                "LambdaManagedInstancesCapacityProviderConfig": {
                  "CapacityProviderArn": "arn:aws:lambda:us-east-1:123456789012:capacity-provider:orders",
                  "PerExecutionEnvironmentMaxConcurrency": 10,
                  "ExecutionEnvironmentMemoryGiBPerVCpu": 4.0
                }
              },
              "PublishTo": "LATEST_PUBLISHED",
              "DurableConfig": {
                "RetentionPeriodInDays": 14,
                "ExecutionTimeout": 3600
              },
              "TenancyConfig": {
                "TenantIsolationMode": "PER_TENANT"
              }
            }
            """;

    private RequestValidator validator;
    private ObjectNode full;
    private ObjectNode edited;
    private int keystroke;

    @Setup
    public void setUp() throws Exception {
        validator = RequestValidator.standard();
        ObjectMapper json = new ObjectMapper();
        full = (ObjectNode) json.readTree(FULL_CREATE_FUNCTION);
        edited = full.deepCopy();
        if (!validator.validate(Operation.CREATE_FUNCTION, full).stream().noneMatch(Violation::isError)) {
            throw new IllegalStateException("The benchmark request must be valid");
        }
    }

    @Benchmark
    public List<Violation> fullCreateFunction() {
        return validator.validate(Operation.CREATE_FUNCTION, full);
    }

    @Benchmark
    public List<Violation> oneChangedField() {
        edited.put("MemorySize", 128 + (keystroke++ & 1023));
        return validator.validate(Operation.CREATE_FUNCTION, edited, "MemorySize");
    }
}
