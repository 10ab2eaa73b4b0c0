// Drafted by `sysdesign solve l5-migration-spotify-serverless` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Spotify Serverless Platform Migration (l5-migration-spotify-serverless).
/// Goal: Transform Spotify infrastructure from EC2-based to serverless while handling 400M users
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $925/month.
/// </summary>
[Design("l5-migration-spotify-serverless")]
public sealed class L5MigrationSpotifyServerlessDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // one instance carries the load and no requirement asks for more → 1
        var amazonCloudFront = a.Component("cloudfront", "Amazon CloudFront").Instances(1);
        // at 1: SD4002 API Gateway is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry api_gateway: AWS EC... → 2
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2);
        // at 1: SD4002 AWS Lambda is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry lambda: AWS Lambda ... → 2
        var aWSLambda = a.Component("lambda", "AWS Lambda").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var aWSStepFunctions = a.Component("step_functions", "AWS Step Functions").Instances(1);
        // at 1: SD4002 Amazon SQS is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.9% available, registry queue: Amazon SQS SL... → 2
        var amazonSQS = a.Component("sqs", "Amazon SQS").Instances(2);
        // at 1: SD4002 Amazon DynamoDB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry dynamodb: Amaz... → 2
        var amazonDynamoDB = a.Component("dynamodb", "Amazon DynamoDB").Instances(2);
        // at 1: SD4002 Amazon S3 is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry object_store: AWS S3... → 2
        var amazonS3 = a.Component("s3", "Amazon S3").Instances(2);

        amazonCloudFront.ConnectsTo(aPIGateway);
        aPIGateway.ConnectsTo(aWSLambda);
        aWSLambda.Publishes(amazonSQS);
        aWSStepFunctions.Consumes(amazonSQS);
        aWSLambda.Calls(amazonDynamoDB);
        aWSLambda.Writes(amazonS3);
        aWSStepFunctions.Calls(amazonDynamoDB);
        aWSStepFunctions.Writes(amazonS3);
    }
}
